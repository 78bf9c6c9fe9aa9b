import type { CodeKeywordDefinition, KeywordCxt, KeywordDefinition } from "ajv";
import {
  _,
  type Code,
  getProperty,
  Name,
  not,
  or,
  stringify,
} from "ajv/dist/compile/codegen/index.js";
import names from "ajv/dist/compile/names.js";
import { cjsDefault } from "./cjs.js";
import { variantPrefix } from "./messages.js";

interface UnionParams {
  problem: "missing" | "unknown" | "conflict" | "variant";
  tag?: string;
  value?: Code | string;
  variant?: string;
  allowed?: string[];
  from?: Code;
}

function variantName(schema: unknown, fallback: string): string {
  const ref = (schema as { $ref?: unknown } | undefined)?.$ref;
  return typeof ref === "string" && !ref.includes("#") ? ref : fallback;
}

const N = cjsDefault(names);

function code(cxt: KeywordCxt): void {
  const { gen, data, schema, parentSchema, it } = cxt;
  const tag = parentSchema.unionTag as string | undefined;
  const keys = Object.keys(schema as object);
  const fail = (params: UnionParams) => cxt.error(false, params as never);
  const valid = gen.let("valid", false);
  const branch = (key: string, label: string, test: Code) => {
    gen.elseIf(test);
    const others = tag === undefined ? keys.filter((k) => k !== key) : [];
    if (others.length > 0) {
      // Two deciding keys at once would have matched both oneOf branches: name the extra one, and
      // check no variant (it would often forbid the extra key and say so a second time).
      const present = (k: string) => _`${data}${getProperty(k)} !== undefined`;
      gen.if(or(...others.map(present)));
      for (const other of others)
        gen.if(present(other), () => fail({ problem: "conflict", tag: key, value: other }));
      gen.else();
    }
    const ok = gen.name("valid");
    const from = gen.const("_errs", N.errors);
    const sub = cxt.subschema({ keyword: "unionOf", schemaProp: key }, ok);
    cxt.mergeEvaluated(sub, Name);
    if (it.allErrors) {
      // Marks the errors since `from` as this variant's, so they read as one variant's failures;
      // each error not inside an inner variant gets this one's message prefix, as `variantPrefix`.
      const variant = variantName((schema as Record<string, unknown>)[key], label);
      const prefix = variantPrefix(variant, tag ?? null, key);
      gen.if(not(ok), () => {
        gen.forRange("i", from, N.errors, (i) => {
          const error = _`${N.vErrors}[${i}]`;
          gen.if(_`${error}.variantPrefix === undefined`, () =>
            gen.assign(_`${error}.variantPrefix`, _`${prefix}`),
          );
        });
        fail({ problem: "variant", variant, value: key, from, ...(tag ? { tag } : {}) });
      });
    }
    gen.assign(valid, ok);
    if (others.length > 0) gen.endIf();
  };
  if (tag === undefined) {
    gen.if(false);
    for (const key of keys)
      branch(key, `the variant with ${key}`, _`${data}${getProperty(key)} !== undefined`);
    gen.else();
    fail({ problem: "missing", allowed: keys });
  } else {
    const value = gen.const("tag", _`${data}${getProperty(tag)}`);
    gen.if(_`${value} === undefined`);
    fail({ problem: "missing", tag, allowed: keys });
    for (const key of keys) branch(key, `the variant for ${tag} "${key}"`, _`${value} === ${key}`);
    gen.else();
    fail({ problem: "unknown", tag, value, allowed: keys });
  }
  gen.endIf();
  cxt.ok(valid);
}

const unionOf: CodeKeywordDefinition = {
  keyword: "unionOf",
  type: "object",
  schemaType: "object",
  code,
  error: {
    message: "must match its variant",
    params: ({ params }) => {
      const p = params as unknown as UnionParams;
      const allowed = p.allowed ? stringify(p.allowed) : null;
      return _`{problem: ${p.problem}, tag: ${p.tag ?? null}, value: ${p.value ?? null}, variant: ${p.variant ?? null}, allowed: ${allowed}, from: ${p.from ?? null}}`;
    },
  },
};

/**
 * Ajv keywords for unions decided the way the API decides them: `unionOf` maps each tag value (with
 * `unionTag`) or each deciding required key (without) to its variant, and checks only that variant.
 */
export const unionKeywords: KeywordDefinition[] = [
  { keyword: "unionTag", schemaType: "string" },
  unionOf,
];
