/**
 * OpenAPI 3.0's schema dialect written as 3.1's (JSON Schema 2020-12), which every generator reads:
 * `nullable` becomes a `"null"` type (or an `anyOf` with one, where the schema has no `type`), and
 * boolean `exclusiveMaximum`/`exclusiveMinimum` become the numbers they qualify.
 */

type Json = Record<string, unknown>;

/**
 * One schema object's 3.0 keywords in 3.1's spelling, or the object itself when it has none. Only
 * the keywords' own values are read, so a property that happens to be named `nullable` (whose value
 * is a schema, not a boolean) is left alone.
 */
export function upgradeSchema(node: Json): Json {
  const nullable = typeof node.nullable === "boolean";
  const exclusive =
    typeof node.exclusiveMaximum === "boolean" || typeof node.exclusiveMinimum === "boolean";
  if (!nullable && !exclusive) return node;
  const out: Json = { ...node };
  delete out.nullable;
  for (const [flag, limit] of [
    ["exclusiveMaximum", "maximum"],
    ["exclusiveMinimum", "minimum"],
  ] as const) {
    if (typeof out[flag] !== "boolean") continue;
    if (out[flag] === true && typeof out[limit] === "number") {
      out[flag] = out[limit];
      delete out[limit];
    } else delete out[flag];
  }
  if (node.nullable !== true) return out;
  if (typeof out.type === "string") {
    out.type = [out.type, "null"];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    return out;
  }
  if (Array.isArray(out.type)) {
    if (!out.type.includes("null")) out.type = [...out.type, "null"];
    return out;
  }
  // No type to widen (`allOf`, `$ref`, `oneOf`, ...): the value may be null or match the rest.
  return { anyOf: [out, { type: "null" }] };
}
