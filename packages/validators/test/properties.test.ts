import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ValidateFunction } from "../src/_create-validator.js";
import * as guards from "../src/schemas.gen.js";
import type { Validator } from "../src/validator.js";
import { arbitraryOf } from "./_arbitrary.js";
import { referenceAjv } from "./_reference-ajv.js";
import { spec } from "./_spec.js";

// Every generated schema function: called without `errors` it stops at the first issue (the fast
// pass); with them it finds every issue (the all-errors pass). Both must give the same answer.
// A schema equal to another shares its function: each validator names the one it runs.
const variants = new Map<string, ValidateFunction>();
const runs = new Map<string, string>();
const folder = join(import.meta.dirname, "../src/schemas");
for (const file of readdirSync(folder).filter((f) => f.endsWith(".gen.ts"))) {
  const text = readFileSync(join(folder, file), "utf8");
  for (const [, schema, fn] of text.matchAll(/createValidator<T>\(\s*"(\w+)",\s*(validate_\w+)/g))
    runs.set(schema as string, fn as string);
  const module = (await import(join(folder, file))) as Record<string, unknown>;
  for (const [key, fn] of Object.entries(module))
    if (key.startsWith("validate_")) variants.set(key, fn as ValidateFunction);
}
const ajv = referenceAjv(spec);

const names = Object.keys(spec.components.schemas as object).sort();
const validators = names.map((name) => {
  const key = `${name.charAt(0).toLowerCase()}${name.slice(1)}Validator`;
  return {
    name,
    validator: (guards as unknown as Record<string, Validator<unknown>>)[key] as Validator<unknown>,
    check: variants.get(runs.get(name) ?? `validate_${name}`) as ValidateFunction,
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

describe.each(validators)("$name", ({ name, validator, check }) => {
  const collect = (value: unknown) => {
    const errors: unknown[] = [];
    const valid = check(value, errors as never);
    // The all-errors pass reports an issue exactly when it says the value is invalid.
    return valid === (errors.length === 0) ? valid : `${valid} with ${errors.length} issues`;
  };

  it("exists for every component schema", () => {
    expect(validator?.name).toBe(name);
    expect(typeof check).toBe("function");
  });

  it("accepts values generated from its schema", () => {
    fc.assert(
      fc.property(arbitraryOf(spec.components.schemas?.[name]), (value) => {
        expect(validator.validate(value)).toEqual({ value });
      }),
      { numRuns: 200 },
    );
  });

  it("never crashes on 10,000 arbitrary JSON values, and both variants and Ajv agree", () => {
    const ajvCheck = ajv(name);
    const disagreements: string[] = [];
    for (const value of arbitrary) {
      const fast = check(value);
      const all = collect(value);
      const reference = ajvCheck(value);
      if (fast !== all || fast !== reference)
        disagreements.push(
          `check ${fast}, collect ${all}, Ajv ${reference}: ${JSON.stringify(value)}`,
        );
      // The validator answers with check, and collect's issues when check rejects.
      expect(validator.is(value)).toBe(fast);
      const result = validator.validate(value);
      expect(result.issues === undefined).toBe(fast);
      if (result.issues)
        expect(result.issues.every((i) => i.message !== "value is invalid")).toBe(true);
    }
    expect(disagreements.slice(0, 5)).toEqual([]);
  });
});
