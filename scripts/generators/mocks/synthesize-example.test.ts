import { describe, expect, it } from "vitest";
import { SpecError } from "../../model/document.js";
import { createSynthesizer } from "./synthesize-example.js";

const components = {
  components: {
    schemas: {
      mode: { type: "string", enum: ["strict", "relaxed"], default: "relaxed" },
      node: {
        type: "object",
        required: ["name", "children"],
        properties: {
          name: { type: "string" },
          children: { type: "array", items: { $ref: "#/components/schemas/node" } },
          parent: { $ref: "#/components/schemas/node" },
        },
      },
      loop: {
        type: "object",
        required: ["next"],
        properties: { next: { $ref: "#/components/schemas/loop" } },
      },
      maybeLoop: {
        type: "object",
        required: ["next"],
        properties: {
          next: { anyOf: [{ $ref: "#/components/schemas/maybeLoop" }, { type: "null" }] },
        },
      },
    },
  },
};
const synthesize = (schema: unknown) => createSynthesizer(components)(schema, "/x");

describe("createSynthesizer", () => {
  it.each([
    { given: { type: "string" }, want: "string" },
    { given: { type: "string", format: "date-time" }, want: "2024-01-01T00:00:00Z" },
    { given: { type: "string", format: "uuid" }, want: "00000000-0000-4000-8000-000000000000" },
    { given: { type: "string", format: "email" }, want: "user@example.com" },
    { given: { type: "string", format: "ipv4" }, want: "192.0.2.1" },
    { given: { type: "string", minLength: 9 }, want: "stringxxx" },
    { given: { type: "string", maxLength: 3 }, want: "str" },
    { given: { type: "string", example: "abc" }, want: "abc" },
    { given: { type: "string", examples: ["first", "second"] }, want: "first" },
    { given: { type: "integer", example: "1" }, want: 0 },
    { given: { type: "string", default: "d" }, want: "d" },
    { given: { type: "integer" }, want: 0 },
    { given: { type: "integer", minimum: 5 }, want: 5 },
    { given: { type: "integer", exclusiveMinimum: 5 }, want: 6 },
    { given: { type: "integer", maximum: -3 }, want: -3 },
    { given: { type: "number", exclusiveMaximum: -1 }, want: -2 },
    { given: { type: "integer", minimum: 7, multipleOf: 5 }, want: 10 },
    { given: { type: "boolean" }, want: true },
    { given: { type: "null" }, want: null },
    { given: { type: ["null", "integer"] }, want: 0 },
    { given: { enum: ["b", "a"] }, want: "b" },
    { given: { const: 3 }, want: 3 },
    { given: {}, want: null },
    { given: { $ref: "#/components/schemas/mode" }, want: "strict" },
    {
      given: { type: "array", minItems: 2, items: { type: "integer", minimum: 1 } },
      want: [1, 1],
    },
    { given: { type: "array", items: { type: "string" } }, want: [] },
    {
      given: {
        type: "object",
        required: ["a", "extra"],
        properties: { a: { type: "boolean" }, b: { type: "string" } },
        additionalProperties: { type: "integer" },
      },
      want: { a: true, extra: 0 },
    },
    {
      given: {
        allOf: [
          { type: "object", required: ["success"], properties: { success: { const: true } } },
          { properties: { result: { type: "string" } }, required: ["result"] },
          { description: "no value of its own" },
        ],
      },
      want: { success: true, result: "string" },
    },
    { given: { oneOf: [{ type: "null" }, { type: "integer" }] }, want: 0 },
    { given: { anyOf: [{ type: "string" }, { type: "integer" }] }, want: "string" },
    { given: { $ref: "#/components/schemas/node" }, want: { name: "string", children: [] } },
    { given: { $ref: "#/components/schemas/maybeLoop" }, want: { next: null } },
  ])("$given -> $want", ({ given, want }) => expect(synthesize(given)).toEqual(want));

  it("refuses a schema every instance of which would be infinite, naming where it closes", () => {
    expect(() => synthesize({ $ref: "#/components/schemas/loop" })).toThrow(SpecError);
    expect(() => synthesize({ $ref: "#/components/schemas/loop" })).toThrow(
      "/components/schemas/loop/properties/next: #/components/schemas/loop needs itself again (#/components/schemas/loop -> #/components/schemas/loop); no finite example can be built",
    );
  });

  it("refuses the schema `false`, naming it", () => {
    expect(() => synthesize({ type: "object", required: ["a"], properties: { a: false } })).toThrow(
      "/x/properties/a: the schema `false` allows no value",
    );
  });

  it("gives the same value on every run", () => {
    const schema = { $ref: "#/components/schemas/node" };
    expect(createSynthesizer(components)(schema, "/x")).toEqual(
      createSynthesizer(structuredClone(components))(schema, "/x"),
    );
  });
});
