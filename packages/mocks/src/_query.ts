import { type Coercion, coerce } from "@zt-devices/validators/coerce";

/**
 * Reads a query string the way the API does: the names the operation declares, each value
 * turned into the type the spec gives it by the validators' `coerce`, with the coercion the route
 * table names in the validators' words (decimal numbers, booleans, repeated keys as arrays; dotted
 * names such as `last_seen_user.email` stay flat). A value that does not parse stays a string, and
 * a scalar given twice stays a list, so that validation names the parameter. Names the operation
 * does not declare are ignored, as the API ignores them.
 */
export function readQuery(
  search: URLSearchParams,
  declared: Coercion | undefined,
): Record<string, unknown> {
  if (!declared) return {};
  const kept = new URLSearchParams();
  for (const [name, value] of search) if (Object.hasOwn(declared, name)) kept.append(name, value);
  return coerce(kept, declared);
}
