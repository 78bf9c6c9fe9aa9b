import { describe, expect, it } from "vitest";
import type { ChangeClass, ChangeKind } from "./change.js";
import { diffSpecs } from "./diff-specs.js";
import { obj, schemaDoc, str } from "./test-spec.js";

type Want = [ChangeClass, ChangeKind][];
interface Case {
  name: string;
  given: { before: unknown; after: unknown };
  want: { request: Want; response: Want };
}

const cases: Case[] = [
  {
    name: "property removed",
    given: { before: obj({ a: str, b: str }), after: obj({ a: str }) },
    want: {
      request: [["breaking", "property-removed"]],
      response: [["breaking", "property-removed"]],
    },
  },
  {
    name: "required property added",
    given: { before: obj({ a: str }), after: obj({ a: str, b: str }, ["b"]) },
    want: { request: [["breaking", "property-added"]], response: [["minor", "property-added"]] },
  },
  {
    name: "optional property added",
    given: { before: obj({ a: str }), after: obj({ a: str, b: str }) },
    want: { request: [["minor", "property-added"]], response: [["minor", "property-added"]] },
  },
  {
    name: "property becomes required",
    given: { before: obj({ a: str }), after: obj({ a: str }, ["a"]) },
    want: {
      request: [["breaking", "property-required"]],
      response: [["minor", "property-required"]],
    },
  },
  {
    name: "property becomes optional",
    given: { before: obj({ a: str }, ["a"]), after: obj({ a: str }) },
    want: {
      request: [["minor", "property-optional"]],
      response: [["breaking", "property-optional"]],
    },
  },
  {
    name: "nullable type narrowed",
    given: { before: { type: ["string", "null"] }, after: str },
    want: { request: [["breaking", "type-narrowed"]], response: [["minor", "type-narrowed"]] },
  },
  {
    name: "type widened to nullable",
    given: { before: str, after: { type: ["string", "null"] } },
    want: { request: [["minor", "type-widened"]], response: [["breaking", "type-widened"]] },
  },
  {
    name: "OpenAPI 3.0 nullable counts as null",
    given: { before: str, after: { type: "string", nullable: true } },
    want: { request: [["minor", "type-widened"]], response: [["breaking", "type-widened"]] },
  },
  {
    name: "integer widened to number",
    given: { before: { type: "integer" }, after: { type: "number" } },
    want: { request: [["minor", "type-widened"]], response: [["breaking", "type-widened"]] },
  },
  {
    name: "type replaced",
    given: { before: str, after: { type: "integer" } },
    want: { request: [["breaking", "type-changed"]], response: [["breaking", "type-changed"]] },
  },
  {
    name: "enum value removed",
    given: { before: { type: "string", enum: ["a", "b"] }, after: { type: "string", enum: ["a"] } },
    want: {
      request: [["breaking", "enum-value-removed"]],
      response: [["breaking", "enum-value-removed"]],
    },
  },
  {
    name: "enum value added",
    given: { before: { type: "string", enum: ["a"] }, after: { type: "string", enum: ["a", "b"] } },
    want: { request: [["minor", "enum-value-added"]], response: [["minor", "enum-value-added"]] },
  },
  {
    name: "enum values reordered",
    given: {
      before: { type: "string", enum: ["a", "b"] },
      after: { type: "string", enum: ["b", "a"] },
    },
    want: { request: [], response: [] },
  },
  {
    name: "enum dropped",
    given: { before: { type: "string", enum: ["a"] }, after: str },
    want: { request: [["minor", "enum-removed"]], response: [["breaking", "enum-removed"]] },
  },
  {
    name: "enum introduced",
    given: { before: str, after: { type: "string", enum: ["a"] } },
    want: { request: [["breaking", "enum-added"]], response: [["minor", "enum-added"]] },
  },
  {
    name: "const changed",
    given: { before: { const: "a" }, after: { const: "b" } },
    want: {
      request: [
        ["breaking", "enum-value-removed"],
        ["minor", "enum-value-added"],
      ],
      response: [
        ["breaking", "enum-value-removed"],
        ["minor", "enum-value-added"],
      ],
    },
  },
  {
    name: "maxLength lowered",
    given: { before: { type: "string", maxLength: 10 }, after: { type: "string", maxLength: 5 } },
    want: {
      request: [["breaking", "constraint-tightened"]],
      response: [["minor", "constraint-tightened"]],
    },
  },
  {
    name: "minimum lowered",
    given: { before: { type: "integer", minimum: 1 }, after: { type: "integer", minimum: 0 } },
    want: {
      request: [["minor", "constraint-loosened"]],
      response: [["minor", "constraint-loosened"]],
    },
  },
  {
    name: "pattern added",
    given: { before: str, after: { type: "string", pattern: "^[a-z]+$" } },
    want: {
      request: [["breaking", "constraint-tightened"]],
      response: [["minor", "constraint-tightened"]],
    },
  },
  {
    name: "object closed",
    given: { before: obj({ a: str }), after: { ...obj({ a: str }), additionalProperties: false } },
    want: {
      request: [["breaking", "constraint-tightened"]],
      response: [["minor", "constraint-tightened"]],
    },
  },
  {
    name: "additionalProperties true spelled out",
    given: { before: obj({ a: str }), after: { ...obj({ a: str }), additionalProperties: true } },
    want: { request: [], response: [] },
  },
  {
    name: "read-only property added as required",
    given: {
      before: obj({ a: str }),
      after: obj({ a: str, id: { type: "string", readOnly: true } }, ["id"]),
    },
    want: { request: [], response: [["minor", "property-added"]] },
  },
  {
    name: "write-only property removed",
    given: {
      before: obj({ a: str, secret: { type: "string", writeOnly: true } }),
      after: obj({ a: str }),
    },
    want: { request: [["breaking", "property-removed"]], response: [] },
  },
  {
    name: "properties moved into an allOf member",
    given: {
      before: obj({ a: str, b: str }, ["a"]),
      after: { allOf: [obj({ a: str }, ["a"]), obj({ b: str })] },
    },
    want: { request: [], response: [] },
  },
  {
    name: "oneOf variant added",
    given: {
      before: { oneOf: [{ title: "A", ...str }] },
      after: {
        oneOf: [
          { title: "A", ...str },
          { title: "B", type: "integer" },
        ],
      },
    },
    want: { request: [["minor", "variant-added"]], response: [["breaking", "variant-added"]] },
  },
  {
    name: "oneOf variant removed",
    given: {
      before: {
        oneOf: [
          { title: "A", ...str },
          { title: "B", type: "integer" },
        ],
      },
      after: { oneOf: [{ title: "A", ...str }] },
    },
    want: { request: [["breaking", "variant-removed"]], response: [["minor", "variant-removed"]] },
  },
  {
    name: "object turned into a oneOf",
    given: {
      before: obj({ kind: str }),
      after: {
        ...obj({ kind: str }),
        oneOf: [
          { title: "A", ...obj({ a: str }) },
          { title: "B", ...obj({ b: str }) },
        ],
      },
    },
    want: {
      request: [["breaking", "union-introduced"]],
      response: [["breaking", "union-introduced"]],
    },
  },
  {
    name: "oneOf dropped",
    given: {
      before: {
        oneOf: [
          { title: "A", ...str },
          { title: "B", type: "integer" },
        ],
      },
      after: {},
    },
    want: { request: [["minor", "union-dropped"]], response: [["breaking", "union-dropped"]] },
  },
  {
    name: "property of an array item removed",
    given: {
      before: { type: "array", items: obj({ a: str, b: str }) },
      after: { type: "array", items: obj({ a: str }) },
    },
    want: {
      request: [["breaking", "property-removed"]],
      response: [["breaking", "property-removed"]],
    },
  },
  {
    name: "default changed",
    given: { before: { type: "integer", default: 20 }, after: { type: "integer", default: 50 } },
    want: { request: [["minor", "default-changed"]], response: [["minor", "default-changed"]] },
  },
  {
    name: "description and examples changed",
    given: {
      before: { ...str, description: "Old.", examples: ["x"] },
      after: { ...str, description: "New.", examples: ["y"] },
    },
    want: {
      request: [
        ["patch", "description-changed"],
        ["patch", "example-changed"],
      ],
      response: [
        ["patch", "description-changed"],
        ["patch", "example-changed"],
      ],
    },
  },
];

describe("diffSpecs on schemas", () => {
  for (const direction of ["request", "response"] as const) {
    it.each(cases)(`$name (${direction})`, ({ given, want }) => {
      const changes = diffSpecs(
        schemaDoc(direction, given.before),
        schemaDoc(direction, given.after),
      );
      expect(changes.map((c) => [c.class, c.kind])).toEqual(want[direction]);
    });
  }
});
