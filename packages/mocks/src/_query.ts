import { type Coercion, coerce } from "@zt-devices/validators/coerce";
import type { QueryCoercion } from "./_route.js";

// The route table's wording for each coercion, in the validators' (the one coercion's) wording.
const WORDING: Readonly<Record<QueryCoercion, string>> = {
  string: "string",
  number: "number",
  boolean: "boolean",
  array: "array:string",
  "number[]": "array:number",
};

/**
 * Reads a query string the way the API does: the names the operation declares, each value
 * turned into the type the spec gives it by the validators' `coerce` (decimal numbers, booleans,
 * repeated keys as arrays; dotted names such as `last_seen_user.email` stay flat). A value that
 * does not parse stays a string, and a scalar given twice stays a list, so that validation names
 * the parameter. Names the operation does not declare are ignored, as the API ignores them.
 */
export function readQuery(
  search: URLSearchParams,
  declared: Readonly<Record<string, QueryCoercion>> | undefined,
): Record<string, unknown> {
  if (!declared) return {};
  const kept = new URLSearchParams();
  const coercion: Record<string, string> = {};
  for (const [name, value] of search) {
    const kind = declared[name];
    if (kind === undefined) continue;
    kept.append(name, value);
    coercion[name] = WORDING[kind];
  }
  return coerce(kept, coercion satisfies Coercion);
}
