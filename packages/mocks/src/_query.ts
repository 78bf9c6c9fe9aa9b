import type { QueryCoercion } from "./_route.js";

function scalar(raw: string, coercion: QueryCoercion): unknown {
  if (coercion === "number" || coercion === "number[]") {
    const n = raw.trim() === "" ? Number.NaN : Number(raw);
    // Left a string when it is not a number, so that validation names the parameter.
    return Number.isFinite(n) ? n : raw;
  }
  if (coercion === "boolean") return raw === "true" ? true : raw === "false" ? false : raw;
  return raw;
}

/**
 * Reads a query string the way the API does: the names the operation declares, each value
 * turned into the type the spec gives it (numbers, booleans, repeated keys as arrays; dotted
 * names such as `last_seen_user.email` stay flat). Names the operation does not declare are
 * ignored, as the API ignores them.
 */
export function readQuery(
  search: URLSearchParams,
  declared: Readonly<Record<string, QueryCoercion>> | undefined,
): Record<string, unknown> {
  const query: Record<string, unknown> = {};
  if (!declared) return query;
  for (const name of new Set(search.keys())) {
    const coercion = declared[name];
    if (coercion === undefined) continue;
    if (coercion === "array" || coercion === "number[]") {
      query[name] = search.getAll(name).map((raw) => scalar(raw, coercion));
    } else {
      query[name] = scalar(search.get(name) as string, coercion);
    }
  }
  return query;
}
