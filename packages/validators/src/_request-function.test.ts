import { describe, expect, it } from "vitest";
import type { AjvError } from "./_messages.js";
import { report } from "./_report.js";
import { requestFunction } from "./_request-function.js";

const string = (data: unknown, errors?: AjvError[], at = "") =>
  typeof data === "string" || !report(errors, at, "type", { type: "string" });
const body = (data: unknown, errors?: AjvError[], at = "") =>
  typeof data === "object" || !report(errors, at, "type", { type: "object" });

const validate = requestFunction(
  [
    ["account_id", true, string],
    ["a/b", false, string],
  ],
  [["name", false, string]],
  body,
  true,
);
const error = (instancePath: string, keyword: string, params: Record<string, unknown>) => ({
  instancePath,
  keyword,
  params,
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
      want: [error("", "type", { type: "object" })],
    },
    {
      name: "every missing part, then every unknown one, in Ajv's order",
      given: { extra: 1 },
      want: [
        error("", "required", { missingProperty: "params" }),
        error("", "required", { missingProperty: "query" }),
        error("", "required", { missingProperty: "body" }),
        error("", "additionalProperties", { additionalProperty: "extra" }),
      ],
    },
    {
      name: "parameters: missing, unknown, then each value at its escaped pointer",
      given: { params: { "a/b": 1, other: "x" }, query: { name: 2 }, body: "text" },
      want: [
        error("/params", "required", { missingProperty: "account_id" }),
        error("/params", "additionalProperties", { additionalProperty: "other" }),
        error("/params/a~1b", "type", { type: "string" }),
        error("/query/name", "type", { type: "string" }),
        error("/body", "type", { type: "object" }),
      ],
    },
    {
      name: "a part that is not an object",
      given: { params: null, query: [], body: {} },
      want: [
        error("/params", "type", { type: "object" }),
        error("/query", "type", { type: "object" }),
      ],
    },
  ])("collects every error of $name", ({ given, want }) => {
    const errors: AjvError[] = [];
    expect(validate(given, errors)).toBe(want.length === 0);
    expect(errors).toEqual(want);
    expect(validate(given)).toBe(want.length === 0);
  });

  it("takes no body unless the operation has one", () => {
    const noBody = requestFunction([], []);
    expect(noBody({ params: {}, query: {} })).toBe(true);
    const errors: AjvError[] = [];
    expect(noBody({ params: {}, query: {}, body: {} }, errors)).toBe(false);
    expect(errors).toEqual([error("", "additionalProperties", { additionalProperty: "body" })]);
  });

  it("reports under the pointer it is given", () => {
    const errors: AjvError[] = [];
    validate({ params: { account_id: 1 }, query: {}, body: {} }, errors, "/request");
    expect(errors).toEqual([error("/request/params/account_id", "type", { type: "string" })]);
  });
});
