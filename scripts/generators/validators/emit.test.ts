import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { readBundledSpec } from "../../generate/read-bundled-spec.js";
import { compareWithAjv, type Fn, fixture, generated, schemasSpec } from "./_compare-with-ajv.js";
import type { OpenApiDocument } from "./openapi.js";

const repo = join(import.meta.dirname, "../../..");

// The generated functions answer as Ajv does, compiled from the same schemas (the comparison is in
// _compare-with-ajv.ts).

describe("the generated validators answer as Ajv does", () => {
  it.each(["keywords", "operations", "unions"])(
    "on the %s fixture",
    (name) => {
      expect(compareWithAjv(fixture(name), 300)).toBeGreaterThan(100);
    },
    60_000,
  );

  it("on the schemas of a foreign spec written with most of JSON Schema 2020-12", () => {
    const path = join(repo, "spec/fixtures/foreign/keywords-and-shapes.yaml");
    const spec = parse(readFileSync(path, "utf8")) as OpenApiDocument;
    expect(compareWithAjv(spec, 300)).toBeGreaterThan(100);
  }, 60_000);

  it("on keywords and shapes the fixtures do not use", () => {
    const spec = schemasSpec({
      Limits: {
        type: "object",
        additionalProperties: { type: "integer", minimum: 1, maximum: 9 },
        minProperties: 1,
        maxProperties: 3,
        properties: { fixed: { type: "string", exclusiveMinimum: 0 } },
      },
      Numbers: {
        type: "array",
        items: { type: ["number", "null"], exclusiveMaximum: 5, exclusiveMinimum: -5 },
        uniqueItems: true,
        maxItems: 4,
      },
      Objects: {
        type: "array",
        uniqueItems: true,
        items: { type: "object", properties: { a: { type: "integer", format: "int32" } } },
      },
      Either: {
        anyOf: [
          { type: "string", maxLength: 3 },
          { type: "object", required: ["a"] },
          { $ref: "#/components/schemas/Numbers" },
        ],
      },
      Neither: { not: { type: "string" }, enum: [1, "a", { a: 1 }, [1]] },
      Fixed: { const: { a: [1, 2] } },
      // Names Object.prototype has too: only the object's own count.
      Inherited: {
        type: "object",
        required: ["toString"],
        properties: {
          constructor: { type: "boolean" },
          valueOf: { type: "string" },
          ["__proto__"]: { type: "integer" },
        },
        dependentRequired: { hasOwnProperty: ["isPrototypeOf"] },
      },
      Closed: {
        type: "object",
        properties: { never: false, anything: true, empty: {} },
        additionalProperties: false,
      },
      Formats: {
        type: "object",
        properties: {
          day: { type: "string", format: "date" },
          host: { type: "string", format: "hostname" },
          v4: { type: "string", format: "ipv4" },
          link: { type: "string", format: "uri" },
          code: { type: "string", pattern: "^[A-Z]{2}\\d+$", minLength: 3 },
          big: { type: "integer", format: "int64" },
          secret: { type: "string", format: "password" },
          // A format of the spec's own (OpenAPI leaves `format` open): an annotation.
          own: { type: "string", format: "operationId" },
        },
      },
      Tree: {
        type: "object",
        required: ["name"],
        properties: {
          name: { $ref: "#/components/schemas/Closed/properties/anything" },
          children: { type: "array", items: { $ref: "#/components/schemas/Tree" } },
        },
      },
      Nested: {
        type: "object",
        required: ["outer"],
        properties: {
          count: { type: "integer" },
          outer: { $ref: "#/components/schemas/Tagged" },
          list: { type: "array", items: { $ref: "#/components/schemas/Keyed" } },
        },
      },
      Tagged: {
        oneOf: [{ $ref: "#/components/schemas/TagA" }, { $ref: "#/components/schemas/TagB" }],
        discriminator: { propertyName: "kind" },
      },
      TagA: {
        type: "object",
        required: ["kind", "inner"],
        properties: { kind: { const: "a" }, inner: { $ref: "#/components/schemas/Keyed" } },
      },
      TagB: {
        type: "object",
        required: ["kind"],
        properties: { kind: { const: "b" }, size: { type: "integer", minimum: 0 } },
        additionalProperties: false,
      },
      Keyed: {
        oneOf: [
          { type: "object", required: ["left"], properties: { left: { type: "string" } } },
          { type: "object", required: ["right"], properties: { right: { type: "number" } } },
        ],
      },
      // Branches that overlap: no required property tells them apart, so this stays a oneOf.
      Choice: {
        oneOf: [{ type: "integer" }, { type: "number", maximum: 10 }, { type: "string" }, true],
      },
      Multiples: {
        type: "array",
        items: {
          anyOf: [
            { type: "number", multipleOf: 0.5 },
            { type: "integer", multipleOf: 3 },
          ],
        },
      },
      Tuple: {
        type: "array",
        prefixItems: [{ type: "string" }, { type: "integer", minimum: 0 }],
        items: false,
        minItems: 2,
      },
      OpenTuple: {
        type: "array",
        prefixItems: [{ const: "head" }],
        items: { type: "boolean" },
        minItems: 1,
      },
      Contains: { type: "array", contains: { type: "integer", minimum: 5 } },
      ContainsRange: {
        type: "array",
        contains: { type: "string" },
        minContains: 2,
        maxContains: 3,
      },
      ContainsAtMost: { type: "array", contains: { const: 1 }, minContains: 0, maxContains: 1 },
      Patterned: {
        type: "object",
        properties: { id: { type: "string" } },
        patternProperties: { "^x-": { type: "integer" }, "^n_": { type: "string", maxLength: 2 } },
        additionalProperties: false,
        propertyNames: { maxLength: 6, pattern: "^[a-z_x-]+$" },
      },
      Dependent: {
        type: "object",
        properties: { a: { type: "string" } },
        dependentRequired: { a: ["b", "c"] },
        dependentSchemas: { d: { required: ["e"], properties: { e: { type: "null" } } } },
      },
      Conditional: {
        if: { type: "string" },
        // biome-ignore lint/suspicious/noThenProperty: the JSON Schema keyword
        then: { maxLength: 3 },
        else: { type: "integer", not: { const: 0 } },
      },
      OnlyThen: {
        type: "object",
        if: { properties: { kind: { const: "a" } }, required: ["kind"] },
        // biome-ignore lint/suspicious/noThenProperty: the JSON Schema keyword
        then: { required: ["a"], properties: { a: { type: "array", items: { type: "string" } } } },
      },
    });
    expect(compareWithAjv(spec, 500)).toBeGreaterThan(1000);
  }, 60_000);

  it("on every schema and operation of the bundled spec", () => {
    const spec = readBundledSpec<OpenApiDocument>();
    expect(compareWithAjv(spec, 100)).toBeGreaterThan(10_000);
  }, 120_000);
});

describe("issues inside a union variant", () => {
  it("say which variant was chosen, and only those inside it do", () => {
    const { functions } = generated(
      schemasSpec({
        Outer: {
          type: "object",
          properties: { count: { type: "integer" }, rule: { $ref: "#/components/schemas/Rule" } },
        },
        Rule: {
          oneOf: [{ $ref: "#/components/schemas/FileRule" }],
          discriminator: { propertyName: "type" },
        },
        FileRule: {
          type: "object",
          required: ["type", "path"],
          properties: { type: { const: "file" }, path: { type: "string" } },
        },
      }),
    );
    const collect = functions.collect_Outer as Fn;
    collect({ count: "many", rule: { type: "file" } });
    expect(collect.errors).toEqual([
      { pointer: "/count", keyword: "type", message: "/count must be an integer", path: ["count"] },
      {
        pointer: "/rule/path",
        keyword: "required",
        message: 'FileRule (type "file"): /rule/path is required',
        path: ["rule", "path"],
      },
    ]);
  });
});
