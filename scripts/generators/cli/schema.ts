import { type Json, resolve } from "../../model/resolve-ref.js";

/** A JSON value of the spec, read loosely: generators check what they rely on. */
export type { Json };

/** The scalar kinds a flag can parse; everything else is given as JSON. */
export type ScalarKind = "string" | "number" | "integer" | "boolean";

/** What a field takes on the command line: a scalar (maybe an enum), an array of scalars, or JSON. */
export interface FieldShape {
  type: ScalarKind | "json";
  array?: true;
  enum?: (string | number)[];
}

/** The alternatives of a schema: its `oneOf`/`anyOf` members resolved, or the schema itself. */
/**
 * The branches of a `oneOf` or `anyOf`, resolved; a `{ type: "null" }` branch is left out, as a
 * nullable field is given and shown as its other branches.
 */
export function variantsOf(doc: Json, schema: Json): Json[] {
  const members = [schema.oneOf, schema.anyOf].find(Array.isArray) as unknown[] | undefined;
  return (members ?? []).map((m) => resolve(doc, m)).filter((m) => m.type !== "null");
}

/**
 * Every property a schema's instances may have, with the schemas that describe it: its own,
 * its `allOf` members', and each union variant's (a discriminated union lists the tag once per
 * variant). `required` holds the names every instance must have.
 */
export function propertiesOf(
  doc: Json,
  raw: unknown,
): { properties: Map<string, Json[]>; required: Set<string> } {
  const schema = resolve(doc, raw);
  const properties = new Map<string, Json[]>();
  const required = new Set<string>();
  const add = (from: { properties: Map<string, Json[]>; required: Set<string> }) => {
    for (const [name, schemas] of from.properties) {
      properties.set(name, [...(properties.get(name) ?? []), ...schemas]);
    }
    for (const name of from.required) required.add(name);
  };
  for (const [name, p] of Object.entries((schema.properties ?? {}) as Json)) {
    // A `false` property is one an instance must not have (a split-tunnel address entry's `host`).
    if (p !== false) properties.set(name, [withSiblings(doc, p)]);
  }
  for (const name of Array.isArray(schema.required) ? schema.required : []) required.add(name);
  for (const member of Array.isArray(schema.allOf) ? schema.allOf : [])
    add(propertiesOf(doc, member));
  const variants = variantsOf(doc, schema).map((v) => propertiesOf(doc, v));
  if (variants.length > 0) {
    for (const v of variants) add({ properties: v.properties, required: new Set() });
    const inAll = [...(variants[0]?.required ?? [])].filter((n) =>
      variants.every((v) => v.required.has(n)),
    );
    for (const name of inAll) required.add(name);
  }
  return { properties, required };
}

// OpenAPI 3.1 lets a `$ref` have siblings; the description beside it is the one that fits.
function withSiblings(doc: Json, raw: unknown): Json {
  const { $ref, ...siblings } = (raw ?? {}) as Json;
  return $ref === undefined ? siblings : { ...resolve(doc, raw), ...siblings };
}

function typesOf(schema: Json): string[] {
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  return types.filter((t): t is string => typeof t === "string" && t !== "null");
}

function scalarOf(doc: Json, raw: unknown): { type: ScalarKind; values?: unknown[] } | undefined {
  const schema = resolve(doc, raw);
  const variants = variantsOf(doc, schema);
  if (variants.length > 0) return mergeScalars(variants.map((v) => scalarOf(doc, v)));
  const values =
    schema.const !== undefined ? [schema.const] : (schema.enum as unknown[] | undefined);
  const types = typesOf(schema);
  const [type] = types;
  if (
    types.length === 1 &&
    (type === "string" || type === "number" || type === "integer" || type === "boolean")
  ) {
    return values ? { type, values: values.filter((v) => v !== null) } : { type };
  }
  if (types.length === 0 && values?.every((v) => typeof v === "string"))
    return { type: "string", values };
  return undefined;
}

function mergeScalars(
  all: ({ type: ScalarKind; values?: unknown[] } | undefined)[],
): { type: ScalarKind; values?: unknown[] } | undefined {
  const [first] = all;
  if (!first || all.some((s) => s === undefined || s.type !== first.type)) return undefined;
  const scalars = all as { type: ScalarKind; values?: unknown[] }[];
  if (scalars.some((s) => s.values === undefined)) return { type: first.type };
  return { type: first.type, values: [...new Set(scalars.flatMap((s) => s.values ?? []))] };
}

/** How a property described by `schemas` (one per union variant) is given on the command line. */
export function shapeOf(doc: Json, schemas: Json[]): FieldShape {
  const scalar = mergeScalars(schemas.map((s) => scalarOf(doc, s)));
  if (scalar) return withEnum({ type: scalar.type }, scalar.values);
  const arrays = schemas.map((s) => resolve(doc, s));
  if (arrays.every((s) => typesOf(s).join() === "array")) {
    const items = mergeScalars(arrays.map((s) => scalarOf(doc, s.items)));
    if (items) return withEnum({ type: items.type, array: true }, items.values);
  }
  return { type: "json" };
}

function withEnum(shape: FieldShape, values: unknown[] | undefined): FieldShape {
  const allowed = values?.filter(
    (v): v is string | number => typeof v === "string" || typeof v === "number",
  );
  return allowed && allowed.length > 0 ? { ...shape, enum: allowed } : shape;
}

/**
 * The description the schemas of a property agree on, on one line; undefined when they have none
 * or union variants describe it differently (then no one text is true of every variant).
 */
export function descriptionOf(schemas: Json[]): string | undefined {
  const texts = new Set(
    schemas.flatMap((s) => (typeof s.description === "string" ? [plainText(s.description)] : [])),
  );
  return texts.size === 1 ? [...texts][0] : undefined;
}

/** Markdown as a terminal shows it: links as `text (url)`, no emphasis marks, on one line. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, "$1 ($2)")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/\s+/g, " ")
    .trim();
}
