import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import ts from "typescript";
import { expect } from "vitest";
import { parse } from "yaml";
import * as equal from "../../../packages/validators/src/_equal.js";
import * as formats from "../../../packages/validators/src/_formats.js";
import * as issues from "../../../packages/validators/src/_issue.js";
import { requestFunction } from "../../../packages/validators/src/_request-function.js";
import * as ucs2length from "../../../packages/validators/src/_ucs2length.js";
import { type AjvError, referenceIssues } from "./_reference-issues.js";
import { createAjv } from "./ajv.js";
import { emitFunctions } from "./emit.js";
import { planValidators } from "./emit-validators.js";
import { isObject, type JsonSchema, type OpenApiDocument } from "./openapi.js";
import { requestParts } from "./operation-schema.js";

// The harness of the differential test (emit.test.ts): the generated functions are held to Ajv,
// compiled from the same schemas: the same answer without `errors` as Ajv's first-error mode, the
// same issues in the same order with them as Ajv's `allErrors` errors turned into issues
// (_reference-issues.ts), on values built from each schema, every small change to them, and
// arbitrary JSON.

const repo = join(import.meta.dirname, "../../..");
const HELPERS = { ...equal, ...formats, ...issues, ...ucs2length } as Record<string, unknown>;

/** A generated function as the harness runs it, its errors (when collecting) in `.errors`. */
export type Fn = ((data: unknown) => boolean) & { errors?: unknown };
type Validate = (data: unknown, errors?: unknown[]) => boolean;

/**
 * The generated functions of a spec, run as they are written (types stripped), each as
 * `check_<name>` (called without errors) and `collect_<name>` (with them, kept in `.errors`).
 */
export function generated(spec: OpenApiDocument) {
  const plan = planValidators(spec);
  const chunks = emitFunctions(plan.input);
  const statements = [...new Set(Object.values(chunks).flatMap((c) => c.statements))];
  const source = statements.join("\n\n");
  const js = ts
    .transpileModule(source, {
      compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
    })
    .outputText.replace(/^export {};$/m, "");
  const names = Object.keys(chunks);
  const make = new Function(...Object.keys(HELPERS), `${js}\nreturn { ${names.join(", ")} };`);
  const made = make(...Object.values(HELPERS)) as Record<string, Validate>;
  // Requests are checked by the runtime's `requestFunction` from their compiled parts, as the
  // operation modules call it.
  const requests: Record<string, string> = {};
  const fn = (id: string) => made[plan.functionOf[id] as string] as Validate;
  for (const op of plan.operations) {
    const parts = requestParts(op);
    const list = (where: typeof parts.path) =>
      where.map(([name, required, id]) => [name, required, fn(id)] as const);
    made[`validate_${op.operationId}_request`] = requestFunction(
      list(parts.path),
      list(parts.query),
      parts.body === undefined ? undefined : fn(parts.body[0]),
      parts.body?.[1] ?? false,
    ) as Validate;
    requests[`${op.operationId}~request`] = `${op.operationId}_request`;
  }
  const functions: Record<string, Fn> = {};
  for (const [name, validate] of Object.entries(made)) {
    const base = name.slice("validate_".length);
    functions[`check_${base}`] = (data) => validate(data);
    const collect: Fn = (data) => {
      const errors: unknown[] = [];
      collect.errors = errors;
      return validate(data, errors);
    };
    functions[`collect_${base}`] = collect;
  }
  return { plan, functions, names: { ...plan.input.functions, ...requests } };
}

// Values a schema accepts (or nearly: `not` and anyOf overlaps aside), one per union variant and
// anyOf branch, so that every branch is reached.
function samples(schema: unknown, schemas: Record<string, JsonSchema>, depth = 0): unknown[] {
  if (!isObject(schema) || depth > 6) return [null];
  if (typeof schema.$ref === "string") {
    const [id = "", pointer] = schema.$ref.split("#");
    let target: unknown = schemas[id];
    for (const key of (pointer ?? "").split("/").slice(1))
      target = (target as Record<string, unknown>)[key];
    return samples(target, schemas, depth + 1);
  }
  if ("const" in schema) return [schema.const];
  if (Array.isArray(schema.enum)) return schema.enum;
  const branches = [
    ...(Array.isArray(schema.anyOf) ? schema.anyOf : []),
    ...(isObject(schema.unionOf) ? Object.values(schema.unionOf) : []),
  ];
  const type = [
    schema.type ?? (schema.properties || branches.length ? "object" : "string"),
  ].flat()[0];
  if (type === "object") {
    const base: Record<string, unknown> = {};
    const alternatives: Record<string, unknown>[] = [];
    for (const [key, sub] of Object.entries(isObject(schema.properties) ? schema.properties : {})) {
      const [first, ...rest] = samples(sub, schemas, depth + 1);
      base[key] = first;
      for (const other of rest.slice(0, 3)) alternatives.push({ [key]: other });
    }
    for (const part of Array.isArray(schema.allOf) ? schema.allOf : []) {
      const [first, ...rest] = samples(part, schemas, depth + 1);
      Object.assign(base, first);
      alternatives.push(...(rest.slice(0, 3) as Record<string, unknown>[]));
    }
    if (branches.length > 0) {
      const tag = schema.unionTag;
      const variants = Object.entries(isObject(schema.unionOf) ? schema.unionOf : {}).flatMap(
        ([key, sub]) =>
          samples(sub, schemas, depth + 1)
            .slice(0, 2)
            .map((v) => (typeof tag === "string" ? { ...(v as object), [tag]: key } : v)),
      );
      const anyOf = (Array.isArray(schema.anyOf) ? schema.anyOf : []).flatMap((sub) =>
        samples(sub, schemas, depth + 1).slice(0, 2),
      );
      return [...variants, ...anyOf].map((v) => ({ ...base, ...(v as object) }));
    }
    return [base, ...alternatives.map((alt) => ({ ...base, ...alt }))];
  }
  if (type === "array") {
    const prefix = (Array.isArray(schema.prefixItems) ? schema.prefixItems : []).map(
      (sub) => samples(sub, schemas, depth + 1)[0],
    );
    const items = schema.items === false ? [] : samples(schema.items ?? {}, schemas, depth + 1);
    const contained =
      schema.contains === undefined ? [] : samples(schema.contains, schemas, depth + 1);
    return [[...prefix, ...items.slice(0, 2)], [...prefix, ...contained, ...contained], []];
  }
  if (type === "integer" || type === "number") {
    return [typeof schema.minimum === "number" ? schema.minimum : 3];
  }
  if (type === "boolean") return [true];
  if (type === "null") return [null];
  if (schema.format === "date-time") return ["2024-05-06T07:08:09Z"];
  if (schema.format === "uuid") return ["6f9619ff-8b86-d011-b42d-00cf4fc964ff"];
  if (schema.format === "email") return ["someone@example.com"];
  return ["abc"];
}

const REPLACEMENTS = [null, 0, 2.5, -1, "", "x".repeat(40), "😀😀", true, [], {}, [1, 1], { a: 1 }];

// Every value that differs from `value` in one place: replaced, removed, added to.
function mutations(value: unknown): unknown[] {
  const out: unknown[] = REPLACEMENTS.filter((r) => r !== value);
  if (Array.isArray(value)) {
    out.push([...value, value[0]], [...value, null], value.slice(1));
    value.forEach((item, i) => {
      for (const changed of mutations(item)) out.push(value.map((v, j) => (j === i ? changed : v)));
    });
  } else if (isObject(value)) {
    out.push({ ...value, extra: 1 }, { ...value, "a/b~c": null });
    for (const [key, item] of Object.entries(value)) {
      const { [key]: _removed, ...rest } = value;
      out.push(rest);
      for (const changed of mutations(item)) out.push({ ...value, [key]: changed });
    }
  }
  return out;
}

const arbitrary = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small" },
    fc.jsonValue({ maxDepth: 1 }),
    fc.array(tie("node"), { maxLength: 3 }),
    fc.dictionary(
      fc.oneof(fc.constantFrom("type", "id", "name", "input", "address", "host"), fc.string()),
      tie("node"),
      { maxKeys: 4, noNullPrototype: true },
    ),
  ),
})).node;

/** Compares the generated functions of a spec with Ajv's on many values; returns how many. */
export function compareWithAjv(spec: OpenApiDocument, arbitraryRuns = 100): number {
  const { plan, functions, names } = generated(spec);
  const { schemas } = plan.input;
  const ajvCheck = createAjv(schemas, false);
  const ajvCollect = createAjv(schemas, true);
  let compared = 0;
  for (const [id, name] of Object.entries(names)) {
    const check = functions[`check_${name}`] as Fn;
    const collect = functions[`collect_${name}`] as Fn;
    const theirCheck = ajvCheck.getSchema(id) as Fn;
    const theirCollect = ajvCollect.getSchema(id) as Fn;
    const values = samples(schemas[id], schemas).flatMap((v) => [v, ...mutations(v)]);
    values.push(...fc.sample(arbitrary, { numRuns: arbitraryRuns, seed: 7 }));
    for (const value of values) {
      let valid: boolean;
      try {
        valid = theirCheck(value);
        theirCollect(value);
      } catch {
        // Ajv's deep equality throws on an object whose `valueOf` is not a function; ours answers.
        expect(() => [check(value), collect(value)]).not.toThrow();
        continue;
      }
      if (check(value) !== valid) {
        throw new Error(`check_${name} says ${!valid} on ${JSON.stringify(value)}`);
      }
      collect(value);
      const ours = (collect.errors ?? []) as unknown[];
      const theirs = referenceIssues((theirCollect.errors ?? []) as AjvError[], value);
      expect(ours, `collect_${name} on ${JSON.stringify(value)}`).toEqual(theirs);
      expect(ours.length === 0).toBe(valid);
      compared++;
    }
  }
  return compared;
}

/** One of the validators' fixture specs. */
export const fixture = (name: string): OpenApiDocument =>
  parse(readFileSync(join(repo, `spec/fixtures/validators/${name}.yaml`), "utf8"));

/** A spec with only these component schemas. */
export const schemasSpec = (schemas: Record<string, JsonSchema>): OpenApiDocument => ({
  openapi: "3.1.0",
  paths: {},
  components: { schemas },
});
