import { describe, expect, it } from "vitest";
import { compareShapes } from "./compare-shapes.js";
import { specShape } from "./spec-shape.js";

const s = (schema: unknown) => specShape({}, schema);

describe("compareShapes", () => {
  const cases = [
    {
      name: "a field the SDK sends as null",
      sdk: { type: "object", required: ["a"], properties: { a: { type: ["string", "null"] } } },
      spec: { type: "object", required: ["a"], properties: { a: { type: "string" } } },
      want: [{ pointer: "/a", kind: "nullable", sdk: "string | null", spec: "string" }],
    },
    {
      name: "a nullable object written as anyOf",
      sdk: { type: ["object", "null"], properties: {} },
      spec: { anyOf: [{ type: "object", properties: {} }, { type: "null" }] },
      want: [],
    },
    {
      name: "presence and required",
      sdk: { type: "object", required: ["id"], properties: { id: { type: "string" }, b: {} } },
      spec: { type: "object", properties: { id: { type: "string" } } },
      want: [
        { pointer: "/id", kind: "required", sdk: "required", spec: "optional" },
        { pointer: "/b", kind: "presence", sdk: "present", spec: "absent" },
      ],
    },
    {
      name: "enum values, inside array items",
      sdk: { type: "array", items: { type: "string", enum: ["a", "b"] } },
      spec: { type: "array", items: { type: "string", enum: ["a"] } },
      want: [{ pointer: "/items", kind: "enum", sdk: '"a" | "b"', spec: '"a"' }],
    },
    {
      name: "type, with integer read as number",
      sdk: { type: "object", properties: { n: { type: "number" }, v: { type: "number" } } },
      spec: { type: "object", properties: { n: { type: "integer" }, v: { type: "string" } } },
      want: [{ pointer: "/v", kind: "type", sdk: "number", spec: "string" }],
    },
  ];
  it.each(cases)("$name", ({ sdk, spec, want }) => {
    expect(compareShapes(s(sdk), s(spec))).toEqual(want);
  });
});
