import { escapeToken } from "../../model/json-pointer.js";
import { isObject } from "./openapi.js";

/**
 * What the validators' code writer and its keyword modules share: where a check is (`Place`), the
 * instance path and schema pointer it reports, Ajv's keyword groups and order, and the small pieces
 * of code every keyword writes (type tests, property access).
 */
/**
 * `both`: the function's `errors` argument decides at run time (absent: give up at the first
 * issue; present: record every issue, as Ajv's `allErrors`); `check`: only whether the value is
 * valid, for the subschemas of `not` and `if`, whose errors nobody reports.
 */
export type Mode = "check" | "both";

/** A piece of an instance path: literal text, or an expression giving text at run time. */
export type PathPart = { text: string } | { code: string };

/**
 * A step of a value's place, as its issues' `path` holds it: a property named in the schema, or an
 * expression holding an array index (a number) or a property name (a string) at run time.
 */
export type Key = { text: string } | { index: string } | { name: string };

export interface Place {
  /** The variable holding the value. */
  data: string;
  /** The instance path (JSON pointer), from the function's `at` on. */
  path: PathPart[];
  /** The same steps as keys and indexes, from the function's `path` on. */
  keys: Key[];
  /** What the messages of its issues start with: the function's `prefix`, or a variant's. */
  prefix: string;
  /** Where in the root schema we are, for errors in the spec (spelled out only then). */
  pointer: Pointer;
  mode: Mode;
  /** The statement that gives up on this value when no errors are recorded. */
  fail: string;
}

/** A JSON pointer as a chain of keys, the last first: most places never need it spelled out. */
export type Pointer = { up: Pointer; key: string } | null;

export function spell(pointer: Pointer): string {
  let text = "";
  for (let at = pointer; at !== null; at = at.up) text = `/${escapeToken(at.key)}${text}`;
  return text || "/";
}

/** A schema the spec gets wrong, or uses in a way this generator does not support. */
export class SchemaError extends Error {}

export const TYPES = ["string", "number", "integer", "boolean", "null", "object", "array"];
export type Group = "number" | "string" | "array" | "object";
// Ajv's groups and its order inside each (`minContains` and `maxContains` are read by `contains`).
export const GROUPS: Record<Group, string[]> = {
  number: ["maximum", "minimum", "exclusiveMaximum", "exclusiveMinimum", "multipleOf", "format"],
  string: ["maxLength", "minLength", "pattern", "format"],
  array: [
    "maxItems",
    "minItems",
    "prefixItems",
    "items",
    "contains",
    "uniqueItems",
    "maxContains",
    "minContains",
  ],
  object: [
    "maxProperties",
    "minProperties",
    "required",
    "propertyNames",
    "additionalProperties",
    "properties",
    "patternProperties",
    "dependentRequired",
    "dependentSchemas",
    "unionOf",
  ],
};
// `then` and `else` are read by `if`.
export const UNTYPED = [
  "$ref",
  "const",
  "enum",
  "not",
  "anyOf",
  "oneOf",
  "allOf",
  "if",
  "then",
  "else",
];
// Keywords that do not validate here: annotations, and `unionTag`, which `unionOf` reads.
export const INERT = [
  "$defs",
  "$id",
  "$schema",
  "$anchor",
  "contentEncoding",
  "contentMediaType",
  "unionTag",
];
export const SUPPORTED = new Set(["type", ...UNTYPED, ...Object.values(GROUPS).flat(), ...INERT]);
export const NUMBER_FORMATS = new Set(["int32", "int64", "float", "double"]);
export const LIMITS: Record<string, [comparison: string, fails: string]> = {
  maximum: ["<=", ">"],
  minimum: [">=", "<"],
  exclusiveMaximum: ["<", ">="],
  exclusiveMinimum: [">", "<="],
};
export const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export const json = (value: unknown) => JSON.stringify(value);
export const camel = (name: string) =>
  name.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
/**
 * The code reading property `key` of `data`. A name `Object.prototype` also has (`constructor`,
 * `toString`, `valueOf`) is read as an own property only: a parsed JSON object without it would
 * otherwise hand the prototype's member to the check.
 */
export const member = (data: string, key: string) => {
  const read = IDENTIFIER.test(key) ? `${data}.${key}` : `${data}[${json(key)}]`;
  return key in Object.prototype
    ? `(Object.hasOwn(${data}, ${json(key)}) ? ${read} : undefined)`
    : read;
};

export function renderPath(parts: PathPart[]): string {
  const merged: PathPart[] = [];
  for (const part of parts) {
    const last = merged.at(-1);
    if ("text" in part && last && "text" in last)
      merged[merged.length - 1] = { text: last.text + part.text };
    else merged.push(part);
  }
  return merged.map((p) => ("text" in p ? json(p.text) : p.code)).join(" + ");
}

export function typeTest(type: string, data: string): string {
  switch (type) {
    case "object":
      return `${data} !== null && typeof ${data} === "object" && !Array.isArray(${data})`;
    case "array":
      return `Array.isArray(${data})`;
    case "null":
      return `${data} === null`;
    case "number":
      return `Number.isFinite(${data})`;
    case "integer":
      return `Number.isInteger(${data})`;
    default:
      return `typeof ${data} === "${type}"`;
  }
}

export function typesTest(types: string[], data: string): string {
  if (types.length === 1) return typeTest(types[0] as string, data);
  return types
    .map((t) => (t === "object" ? `(${typeTest(t, data)})` : typeTest(t, data)))
    .join(" || ");
}

// Ajv skips subschemas that accept anything.
export function alwaysValid(schema: unknown): boolean {
  return (
    schema === true || (isObject(schema) && Object.keys(schema).every((k) => INERT.includes(k)))
  );
}

const SLOT = "\u0000";

/** A run-time expression inside a message template, which `textCode` turns back into code. */
export const slot = (code: string) => `${SLOT}${code}${SLOT}`;

/** A message with `slot`s in it as a string expression: its text quoted, its slots as they are. */
export function textCode(text: string): string {
  return text
    .split(SLOT)
    .map((part, i) => (i % 2 === 1 ? part : json(part)))
    .filter((part) => part !== '""')
    .join(" + ");
}
