import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as guards from "../src/schemas.gen.js";
import type { Validator } from "../src/validator.js";
import { arbitraryOf } from "./_arbitrary.js";
import { spec } from "./_spec.js";

const names = Object.keys(spec.components.schemas as object).sort();
const validators = names.map((name) => {
  const key = `${name.charAt(0).toLowerCase()}${name.slice(1)}Validator`;
  return {
    name,
    validator: (guards as unknown as Record<string, Validator<unknown>>)[key] as Validator<unknown>,
  };
});

// One set of 10,000 arbitrary JSON values, shared by every validator: deep and shallow, with the
// field names and tags of the spec mixed in so some of them reach past the first check.
const FIELDS = [
  "type",
  "input",
  "id",
  "name",
  "address",
  "host",
  "config",
  "result",
  "errors",
  "success",
];
const TAGS = ["file", "application", "os_version", "kolide", "tanium_s2s", "workspace_one"];
const leaf = fc.oneof(fc.jsonValue({ maxDepth: 1 }), fc.constantFrom(...TAGS));
const tree = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leaf,
    fc.array(tie("node"), { maxLength: 3 }),
    fc.dictionary(fc.oneof(fc.constantFrom(...FIELDS), fc.string({ maxLength: 4 })), tie("node"), {
      maxKeys: 4,
    }),
  ),
})).node;
const arbitrary = fc.sample(tree, { numRuns: 10_000, seed: 20_261_123 });

describe.each(validators)("$name", ({ name, validator }) => {
  it("exists for every component schema", () => {
    expect(validator?.name).toBe(name);
  });

  it("accepts values generated from its schema", () => {
    fc.assert(
      fc.property(arbitraryOf(spec.components.schemas?.[name]), (value) => {
        expect(validator.validate(value)).toEqual({ value });
      }),
      { numRuns: 200 },
    );
  });

  it("never crashes on 10,000 arbitrary JSON values, and both variants agree", () => {
    for (const value of arbitrary) {
      const valid = validator.is(value);
      const result = validator.validate(value);
      expect(result.issues === undefined).toBe(valid);
      if (result.issues)
        expect(result.issues.every((i) => i.message !== "value is invalid")).toBe(true);
    }
  });
});
