import { deref, type Schema } from "./_spec.js";

/** One way to break an example, and the issue a validator must then report. */
export interface Mutation {
  kind: string;
  pointer: string;
  keyword: string;
  apply: (value: unknown) => unknown;
}

interface Facets {
  types: string[];
  enum?: unknown[] | undefined;
  maxLength?: number | undefined;
  format?: string | undefined;
  properties: Record<string, Schema>;
  required: string[];
  closed: boolean;
  /** The tag property of a discriminated union at this object. */
  tag?: string | undefined;
  /** The deciding keys of a key-decided union at this object, the chosen one first. */
  keys?: string[] | undefined;
  items?: Schema | undefined;
  /** Under anyOf: which branch applies is unknown, so nothing below is mutated. */
  ambiguous: boolean;
}

const FORMATS = new Set(["date-time", "date", "uuid", "email", "uri", "ipv4", "ipv6"]);

function escapeKey(key: string): string {
  return key.replaceAll("~", "~0").replaceAll("/", "~1");
}

function branchKey(branch: Schema, others: Schema[]): string | undefined {
  const own = facetsOf(branch, undefined);
  return own.required.find((key) =>
    others.every((o) => !(key in facetsOf(o, undefined).properties)),
  );
}

// The schema keywords that apply to `value` at one place, through $ref, allOf and decided unions.
function facetsOf(raw: unknown, value: unknown): Facets {
  const schema = deref(raw);
  const facets: Facets = {
    types: [],
    properties: {},
    required: [],
    closed: false,
    ambiguous: false,
  };
  const merge = (other: Facets) => {
    facets.types.push(...other.types);
    Object.assign(facets.properties, other.properties);
    facets.required.push(...other.required);
    facets.closed ||= other.closed;
    facets.ambiguous ||= other.ambiguous;
    facets.tag ??= other.tag;
    facets.keys ??= other.keys;
    facets.items ??= other.items;
    facets.enum ??= other.enum;
    facets.maxLength ??= other.maxLength;
    facets.format ??= other.format;
  };
  if (typeof schema.type === "string") facets.types.push(schema.type);
  if (Array.isArray(schema.type)) facets.types.push(...(schema.type as string[]));
  if (Array.isArray(schema.enum)) facets.enum = schema.enum;
  if (typeof schema.maxLength === "number") facets.maxLength = schema.maxLength;
  if (typeof schema.format === "string") facets.format = schema.format;
  if (schema.properties) Object.assign(facets.properties, schema.properties);
  if (Array.isArray(schema.required)) facets.required.push(...(schema.required as string[]));
  if (schema.additionalProperties === false) facets.closed = true;
  if (schema.items) facets.items = schema.items as Schema;
  for (const part of (schema.allOf as Schema[] | undefined) ?? []) merge(facetsOf(part, value));
  if (schema.anyOf) facets.ambiguous = true;
  const oneOf = schema.oneOf as Schema[] | undefined;
  const record = (value ?? {}) as Record<string, unknown>;
  if (oneOf && schema.discriminator) {
    const { propertyName: tag, mapping } = schema.discriminator as {
      propertyName: string;
      mapping?: Record<string, string>;
    };
    facets.tag = tag;
    const ref = mapping?.[record[tag] as string];
    const branch =
      oneOf.find((b) => b.$ref === ref) ??
      oneOf.find(
        (b) =>
          facetsOf(b, undefined).properties[tag] &&
          deref(facetsOf(b, undefined).properties[tag]).const === record[tag],
      );
    if (branch) merge(facetsOf(branch, value));
  } else if (oneOf) {
    const keyed = oneOf.map(
      (b, i) =>
        [
          b,
          branchKey(
            b,
            oneOf.filter((_, j) => j !== i),
          ),
        ] as const,
    );
    const chosen = keyed.find(([, key]) => key !== undefined && key in record);
    if (chosen && keyed.every(([, key]) => key !== undefined)) {
      merge(facetsOf(chosen[0], value));
      facets.keys = [
        chosen[1] as string,
        ...keyed.map(([, k]) => k as string).filter((k) => k !== chosen[1]),
      ];
    } else facets.ambiguous = true;
  }
  return facets;
}

/** Every mutation of `value` the schema allows to predict, with the pointer and keyword expected. */
export function mutations(value: unknown, schema: unknown, pointer = ""): Mutation[] {
  const facets = facetsOf(schema, value);
  if (facets.ambiguous) return [];
  const out: Mutation[] = [];
  const at = (path: string, change: (v: unknown) => unknown) => (root: unknown) => {
    const copy = structuredClone(root);
    if (path === "") return change(copy);
    const keys = path
      .split("/")
      .slice(1)
      .map((k) => k.replaceAll("~1", "/").replaceAll("~0", "~"));
    const last = keys.pop() as string;
    const parent = keys.reduce<unknown>(
      (n, k) => (n as Record<string, unknown>)[k],
      copy,
    ) as Record<string, unknown>;
    const next = change(parent[last]);
    if (next === undefined) delete parent[last];
    else parent[last] = next;
    return copy;
  };
  if (typeof value === "string") {
    out.push({ kind: "wrong type", pointer, keyword: "type", apply: at(pointer, () => 12345) });
    if (facets.enum?.every((v) => typeof v === "string")) {
      out.push({
        kind: "unknown enum value",
        pointer,
        keyword: "enum",
        apply: at(pointer, () => "not-in-the-enum"),
      });
    }
    if (facets.maxLength !== undefined) {
      const long = "x".repeat(facets.maxLength + 1);
      out.push({
        kind: "over maxLength",
        pointer,
        keyword: "maxLength",
        apply: at(pointer, () => long),
      });
    }
    if (facets.format && FORMATS.has(facets.format)) {
      out.push({
        kind: "bad format",
        pointer,
        keyword: "format",
        apply: at(pointer, () => `not a ${facets.format}`),
      });
    }
  }
  if (Array.isArray(value) && facets.items) {
    for (const [i, item] of value.entries())
      out.push(...mutations(item, facets.items, `${pointer}/${i}`));
  }
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    for (const key of facets.required.filter((k) => k in record)) {
      const missing = facets.keys?.[0] === key && facets.keys.length > 0;
      out.push({
        kind: "missing required field",
        pointer: missing ? pointer : `${pointer}/${escapeKey(key)}`,
        keyword: missing ? "oneOf" : "required",
        apply: at(`${pointer}/${escapeKey(key)}`, () => undefined),
      });
    }
    if (facets.tag && typeof record[facets.tag] === "string") {
      const tagPointer = `${pointer}/${escapeKey(facets.tag)}`;
      out.push({
        kind: "extra item in a closed union",
        pointer: tagPointer,
        keyword: "discriminator",
        apply: at(tagPointer, () => "not-a-variant"),
      });
    }
    for (const other of facets.keys?.slice(1) ?? []) {
      const extra = `${pointer}/${escapeKey(other)}`;
      out.push({
        kind: "extra item in a closed union",
        pointer: extra,
        keyword: "oneOf",
        apply: at(extra, () => "also"),
      });
    }
    if (facets.closed) {
      out.push({
        kind: "extra property",
        pointer: `${pointer}/surplus`,
        keyword: "additionalProperties",
        apply: at(`${pointer}/surplus`, () => 1),
      });
    }
    for (const [key, child] of Object.entries(record)) {
      if (key === facets.tag || !(key in facets.properties)) continue;
      out.push(...mutations(child, facets.properties[key], `${pointer}/${escapeKey(key)}`));
    }
  }
  return out;
}
