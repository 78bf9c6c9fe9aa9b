import { ANY, type Field, intersectionOf, type Kind, type Shape, unionOf } from "./shape.js";

type Schema = Record<string, unknown>;

/** Resolves a local `$ref` (`#/components/schemas/X`) against the bundled document. */
export function resolveLocalRef(doc: unknown, ref: string): Schema {
  const parts = ref.replace(/^#\//, "").split("/").map(decodePart);
  let at: unknown = doc;
  for (const part of parts) at = (at as Record<string, unknown> | undefined)?.[part];
  if (!at || typeof at !== "object") throw new Error(`unresolved $ref ${ref}`);
  return at as Schema;
}

const decodePart = (part: string) => part.replace(/~1/g, "/").replace(/~0/g, "~");

const KINDS: Record<string, Kind> = {
  string: "string",
  number: "number",
  integer: "number",
  boolean: "boolean",
  null: "null",
  array: "array",
  object: "object",
};

/**
 * The shape of an OpenAPI 3.1 schema of the bundled spec: `$ref`s followed, `allOf` intersected,
 * `oneOf` and `anyOf` merged, `integer` read as a number (TypeScript has no integers).
 */
export function specShape(
  doc: unknown,
  schema: unknown,
  seen: ReadonlySet<unknown> = new Set(),
): Shape {
  if (!schema || typeof schema !== "object" || seen.has(schema)) return ANY;
  const s = schema as Schema;
  const inner = new Set(seen).add(schema);
  if (typeof s.$ref === "string") return specShape(doc, resolveLocalRef(doc, s.$ref), inner);
  let shape = ownShape(doc, s, inner);
  for (const part of (s.allOf as unknown[] | undefined) ?? []) {
    shape = intersectionOf(shape, specShape(doc, part, inner));
  }
  const branches = (s.oneOf ?? s.anyOf) as unknown[] | undefined;
  if (branches && branches.length > 0) {
    const union = branches.map((b) => specShape(doc, b, inner)).reduce(unionOf);
    shape = intersectionOf(shape, union);
  }
  return shape;
}

function ownShape(doc: unknown, s: Schema, seen: ReadonlySet<unknown>): Shape {
  const types = Array.isArray(s.type) ? s.type : s.type === undefined ? [] : [s.type];
  let kinds = types.map((t) => KINDS[String(t)] ?? "any");
  if (kinds.length === 0) kinds = s.properties ? ["object"] : s.items ? ["array"] : ["any"];
  const shape: Shape = { kinds: [...new Set(kinds)] };
  const values = s.const !== undefined ? [s.const] : (s.enum as unknown[] | undefined);
  if (values) {
    const literals = values.filter(
      (v): v is string | number => typeof v === "string" || typeof v === "number",
    );
    if (literals.length > 0)
      shape.enum = [...new Set(literals)].sort((a, b) => String(a).localeCompare(String(b)));
  }
  if (s.items) shape.items = specShape(doc, s.items, seen);
  if (s.properties || Array.isArray(s.required)) {
    const required = new Set((s.required as string[] | undefined) ?? []);
    const properties: Record<string, Field> = {};
    for (const [key, child] of Object.entries((s.properties as Schema | undefined) ?? {})) {
      properties[key] = { required: required.has(key), shape: specShape(doc, child, seen) };
    }
    for (const key of required) properties[key] ??= { required: true, shape: ANY };
    shape.properties = properties;
  }
  return shape;
}
