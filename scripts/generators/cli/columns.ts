import { resolve } from "../../model/resolve-ref.js";
import { type Json, propertiesOf, shapeOf, variantsOf } from "./schema.js";

const MAX_COLUMNS = 6;
const IDENTITY = new Set(["name", "email", "address", "host", "suffix", "title"]);
const STATE = new Set([
  "type",
  "kind",
  "status",
  "enabled",
  "default",
  "mode",
  "vendor",
  "precedence",
]);
// Long opaque values that would take the whole width.
const OPAQUE = /(^|_)(key|token|secret|fingerprint|thumbprint)$/;

// Lower ranks come first: what tells rows apart, then their state, then the rest; dates, opaque values and prose last.
function rank(name: string, schemas: Json[], key: string | undefined): number {
  const leaf = name.split(".").at(-1) as string;
  if (name === key) return 0;
  if (IDENTITY.has(leaf)) return 1;
  if (STATE.has(name) || name.endsWith("_type")) return 2;
  if (name === "description" || name.endsWith("_description")) return 6;
  if (OPAQUE.test(name)) return 5;
  const dated = schemas.some((s) => s.format === "date-time") || /(_at|_time|^time)$/.test(name);
  return dated ? 4 : 3;
}

function isScalar(doc: Json, schemas: Json[]): boolean {
  const shape = shapeOf(doc, schemas);
  return shape.type !== "json" && !shape.array;
}

// An object field shows as its email or name (`user.email`, `device.name`), if it has one.
function identityOf(doc: Json, name: string, given: Json[]): [string, Json[]] | undefined {
  // A nullable object (`anyOf` of the object and null) shows as the object.
  const schemas = given.flatMap((s) => {
    const variants = variantsOf(doc, resolve(doc, s));
    return variants.length > 0 ? variants : [s];
  });
  if (schemas.some((s) => !(resolve(doc, s).properties || resolve(doc, s).allOf))) return undefined;
  const inner = propertiesOf(doc, schemas[0]).properties;
  const leaf = ["email", "name"].find((k) => inner.has(k) && isScalar(doc, inner.get(k) as Json[]));
  return leaf ? [`${name}.${leaf}`, inner.get(leaf) as Json[]] : undefined;
}

/**
 * The columns of a table of `result` items: up to six fields of the item schema. The id comes
 * first (or the shortest `*_id` field when there is no `id`), then what names a row (name,
 * address, and the email or name of an object field such as `user.email`), then state (type,
 * status, enabled), then other scalars; timestamps, opaque keys and descriptions last, each group
 * in schema order. Undefined when the result is not a list of objects with scalar fields.
 */
export function transformResultColumns(doc: Json, result: unknown): string[] | undefined {
  if (result === undefined) return undefined;
  const schema = resolve(doc, result);
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (!types.includes("array") || schema.items === undefined) return undefined;
  const fields = [...propertiesOf(doc, schema.items).properties].flatMap(([name, schemas]) => {
    if (isScalar(doc, schemas)) return [[name, schemas] as [string, Json[]]];
    const identity = identityOf(doc, name, schemas);
    return identity ? [identity] : [];
  });
  if (fields.length === 0) return undefined;
  // Some items name their id after the resource (`policy_id`), beside longer ones (`gateway_unique_id`).
  const ids = fields.map(([name]) => name).filter((name) => name === "id" || name.endsWith("_id"));
  const key = ids.sort((a, b) => a.length - b.length)[0];
  return fields
    .map(([name, schemas], index) => ({ name, index, rank: rank(name, schemas, key) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .slice(0, MAX_COLUMNS)
    .map((c) => c.name);
}
