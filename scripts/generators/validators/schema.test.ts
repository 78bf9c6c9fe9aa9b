import { describe, expect, it } from "vitest";
import { transformRef, transformSchema } from "./schema.js";

describe("transformRef", () => {
  it.each([
    { given: "#/components/schemas/Device", want: "Device" },
    { given: "#/components/schemas/Device/properties/id", want: "Device#/properties/id" },
  ])("$given -> $want", ({ given, want }) => expect(transformRef(given, "#/x")).toBe(want));

  it("names a reference outside the component schemas", () => {
    expect(() => transformRef("#/components/parameters/Id", "#/x")).toThrow(
      '#/x: $ref "#/components/parameters/Id" must point into #/components/schemas',
    );
  });
});

describe("transformSchema", () => {
  it.each([
    {
      name: "drops annotations and extensions, keeps properties that share their names",
      given: {
        type: "object",
        description: "d",
        example: {},
        "x-internal": true,
        properties: { example: { type: "string", example: "e" }, "x-id": { default: 1 } },
      },
      want: { type: "object", properties: { example: { type: "string" }, "x-id": {} } },
    },
    {
      name: "rewrites references everywhere a schema may be",
      given: {
        items: { $ref: "#/components/schemas/A" },
        allOf: [{ $ref: "#/components/schemas/B" }],
        additionalProperties: { $ref: "#/components/schemas/C" },
        enum: [{ $ref: "not a schema" }],
      },
      want: {
        items: { $ref: "A" },
        allOf: [{ $ref: "B" }],
        additionalProperties: { $ref: "C" },
        enum: [{ $ref: "not a schema" }],
      },
    },
    {
      name: "keeps boolean schemas",
      given: { not: false, items: true },
      want: { not: false, items: true },
    },
  ])("$name", ({ given, want }) => {
    expect(transformSchema(given, {}, "#/x")).toEqual(want);
  });

  it("names OpenAPI 3.0's nullable and where it is", () => {
    expect(() =>
      transformSchema({ properties: { a: { type: "string", nullable: true } } }, {}, "#/x"),
    ).toThrow('#/x/properties/a: "nullable" is OpenAPI 3.0; write type: [..., "null"] instead');
  });
});
