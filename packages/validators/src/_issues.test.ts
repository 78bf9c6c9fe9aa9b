import { describe, expect, it } from "vitest";
import { toIssues } from "./_issues.js";

const value = { list: [{ "200": { "a/b": 1 } }], codes: { "200": "x" } };

describe("toIssues", () => {
  it.each([
    {
      name: "an array index as a number, a numeric object key as a string",
      given: { instancePath: "/list/0/200", keyword: "type", params: { type: "string" } },
      want: {
        pointer: "/list/0/200",
        keyword: "type",
        message: "/list/0/200 must be a string",
        path: ["list", 0, "200"],
      },
    },
    {
      name: "an escaped key, unescaped in the path",
      given: { instancePath: "/list/0/200/a~1b", keyword: "maximum", params: { limit: 0 } },
      want: {
        pointer: "/list/0/200/a~1b",
        keyword: "maximum",
        message: "/list/0/200/a~1b must be <= 0",
        path: ["list", 0, "200", "a/b"],
      },
    },
    {
      name: "a missing property at its own pointer",
      given: { instancePath: "/codes", keyword: "required", params: { missingProperty: "a/b" } },
      want: {
        pointer: "/codes/a~1b",
        keyword: "required",
        message: "/codes/a~1b is required",
        path: ["codes", "a/b"],
      },
    },
    {
      name: "the value itself",
      given: { instancePath: "", keyword: "type", params: { type: ["object", "null"] } },
      want: { pointer: "", keyword: "type", message: "value must be an object or null", path: [] },
    },
    {
      name: "a tuple with items past its own",
      given: { instancePath: "/list", keyword: "items", params: { limit: 2 } },
      want: {
        pointer: "/list",
        keyword: "items",
        message: "/list must have at most 2 items",
        path: ["list"],
      },
    },
    {
      name: "a property that needs others",
      given: {
        instancePath: "/codes",
        keyword: "dependentRequired",
        params: { property: "200", missingProperty: "201", depsCount: 2, deps: "201, 202" },
      },
      want: {
        pointer: "/codes",
        keyword: "dependentRequired",
        message: "/codes must have 201, 202 when 200 is present",
        path: ["codes"],
      },
    },
  ])("$name", ({ given, want }) => {
    expect(toIssues([given], value)).toEqual([want]);
  });

  it("prefixes a failed variant's issues with the variant, and only those", () => {
    const errors = [
      { instancePath: "/id", keyword: "type", params: { type: "string" } },
      { instancePath: "/input", keyword: "required", params: { missingProperty: "path" } },
      {
        instancePath: "",
        keyword: "unionOf",
        params: { problem: "variant", variant: "FileRule", tag: "type", value: "file", from: 1 },
      },
    ];
    expect(toIssues(errors, {}).map((issue) => issue.message)).toEqual([
      "/id must be a string",
      'FileRule (type "file"): /input/path is required',
    ]);
  });
});
