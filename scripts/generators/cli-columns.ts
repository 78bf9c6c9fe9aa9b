import { type Json, propertiesOf, resolve, shapeOf } from "./cli-schema.js";

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

// Lower ranks come first: what tells rows apart, then their state, then the rest, dates and prose last.
function rank(name: string, schemas: Json[], key: string | undefined): number {
  if (name === key) return 0;
  if (IDENTITY.has(name)) return 1;
  if (STATE.has(name) || name.endsWith("_type")) return 2;
  if (name === "description" || name.endsWith("_description")) return 5;
  const dated = schemas.some((s) => s.format === "date-time") || /(_at|_time|^time)$/.test(name);
  return dated ? 4 : 3;
}

/**
 * The columns of a table of `result` items: up to six scalar fields of the item schema, the id and
 * name first (or the shortest `*_id` field when there is no `id`), then state (type, status, enabled), then other fields, timestamps and descriptions last,
 * each group in schema order. Undefined when the result is not a list of objects with scalar fields.
 */
export function transformResultColumns(doc: Json, result: unknown): string[] | undefined {
  if (result === undefined) return undefined;
  const schema = resolve(doc, result);
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (!types.includes("array") || schema.items === undefined) return undefined;
  const { properties } = propertiesOf(doc, schema.items);
  const scalars = [...properties].filter(([, schemas]) => {
    const shape = shapeOf(doc, schemas);
    return shape.type !== "json" && !shape.array;
  });
  // Some items name their id after the resource (`policy_id`), beside longer ones (`gateway_unique_id`).
  const ids = scalars.map(([name]) => name).filter((name) => name === "id" || name.endsWith("_id"));
  const key = ids.sort((a, b) => a.length - b.length)[0];
  const ranked = scalars.map(([name, schemas], index) => ({
    name,
    index,
    rank: rank(name, schemas, key),
  }));
  if (ranked.length === 0) return undefined;
  return ranked
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .slice(0, MAX_COLUMNS)
    .map((c) => c.name);
}
