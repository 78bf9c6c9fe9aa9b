import { describe, expect, it } from "vitest";
import type { ValidateFunction } from "./_create-validator.js";
import { issue } from "./_issue.js";
import { requestFunction } from "./_request-function.js";
import type { ValidationIssue } from "./validation-issue.js";

const typed =
  (type: string, text: string): ValidateFunction =>
  (data, issues, at = "", path, prefix = "") =>
    typeof data === type || !issue(issues, "type", text, prefix, at, path);
const string = typed("string", "must be a string");
const body = typed("object", "must be an object");

const validate = requestFunction(
  [
    ["account_id", true, string],
    ["a/b", false, string],
  ],
  [["name", false, string]],
  body,
  true,
);
const found = (pointer: string, keyword: string, text: string, path: (string | number)[]) => ({
  pointer,
  keyword,
  message: `${pointer || "value"} ${text}`,
  path,
});

describe("requestFunction", () => {
  it.each([
    {
      name: "a valid request",
      given: { params: { account_id: "a" }, query: { name: "n" }, body: {} },
      want: [],
    },
    {
      name: "not an object",
      given: [],
      want: [found("", "type", "must be an object", [])],
    },
    {
      name: "every missing part, then every unknown one, in Ajv's order",
      given: { extra: 1 },
      want: [
        found("/params", "required", "is required", ["params"]),
        found("/query", "required", "is required", ["query"]),
        found("/body", "required", "is required", ["body"]),
        found("/extra", "additionalProperties", "is not allowed", ["extra"]),
      ],
    },
    {
      name: "parameters: missing, unknown, then each value at its escaped pointer",
      given: { params: { "a/b": 1, other: "x" }, query: { name: 2 }, body: "text" },
      want: [
        found("/params/account_id", "required", "is required", ["params", "account_id"]),
        found("/params/other", "additionalProperties", "is not allowed", ["params", "other"]),
        found("/params/a~1b", "type", "must be a string", ["params", "a/b"]),
        found("/query/name", "type", "must be a string", ["query", "name"]),
        found("/body", "type", "must be an object", ["body"]),
      ],
    },
    {
      name: "a part that is not an object",
      given: { params: null, query: [], body: {} },
      want: [
        found("/params", "type", "must be an object", ["params"]),
        found("/query", "type", "must be an object", ["query"]),
      ],
    },
  ])("collects every issue of $name", ({ given, want }) => {
    const issues: ValidationIssue[] = [];
    expect(validate(given, issues)).toBe(want.length === 0);
    expect(issues).toEqual(want);
    expect(validate(given)).toBe(want.length === 0);
  });

  it("takes no body unless the operation has one", () => {
    const noBody = requestFunction([], []);
    expect(noBody({ params: {}, query: {} })).toBe(true);
    const issues: ValidationIssue[] = [];
    expect(noBody({ params: {}, query: {}, body: {} }, issues)).toBe(false);
    expect(issues).toEqual([found("/body", "additionalProperties", "is not allowed", ["body"])]);
  });

  it("reports under the pointer and path it is given", () => {
    const issues: ValidationIssue[] = [];
    validate({ params: { account_id: 1 }, query: {}, body: {} }, issues, "/request", [
      undefined,
      "request",
    ]);
    expect(issues).toEqual([
      found("/request/params/account_id", "type", "must be a string", [
        "request",
        "params",
        "account_id",
      ]),
    ]);
  });
});

describe("requestFunction with parameters named as Object.prototype's members", () => {
  const inherited = requestFunction(
    [],
    [
      ["constructor", false, string],
      ["toString", true, string],
      ["__proto__", false, string],
    ],
  );
  const issuesOf = (data: unknown) => {
    const issues: ValidationIssue[] = [];
    inherited(data, issues);
    return issues;
  };

  it("reads only what the request gives: an absent one is absent, not the prototype's", () => {
    expect(issuesOf({ params: {}, query: { toString: "t" } })).toEqual([]);
    expect(inherited({ params: {}, query: { toString: "t" } })).toBe(true);
  });

  it("reports a required one that is missing, and checks one that is given", () => {
    expect(issuesOf({ params: {}, query: { constructor: 1 } })).toEqual([
      found("/query/toString", "required", "is required", ["query", "toString"]),
      found("/query/constructor", "type", "must be a string", ["query", "constructor"]),
    ]);
  });
});
