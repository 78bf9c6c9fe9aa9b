/** Query keys that are path parameters filled from the client, never sent in the query string. */
const SCOPE_KEYS: Record<string, true> = { account_id: true, zone_id: true };

/**
 * Serialises flat query parameters the way the API reads them: scalars as `key=value`, arrays as
 * repeated keys (`id=a&id=b`), nested fields already flattened by the spec into dotted names
 * (`last_seen_user.email=x`). `undefined` and `null` are left out.
 *
 * Returns the string with its leading `?`, or `""` when there is nothing to send.
 */
export function toQueryString(params: Readonly<Record<string, unknown>> | undefined): string {
  let out = "";
  for (const key in params) {
    if (SCOPE_KEYS[key]) continue;
    const value = params[key];
    if (value === undefined || value === null) continue;
    const name = encodeURIComponent(key);
    if (Array.isArray(value)) {
      for (const item of value) {
        if (item !== undefined && item !== null) out += `&${name}=${encodeScalar(item, key)}`;
      }
    } else {
      out += `&${name}=${encodeScalar(value, key)}`;
    }
  }
  return out === "" ? "" : `?${out.slice(1)}`;
}

function encodeScalar(value: unknown, key: string): string {
  switch (typeof value) {
    case "string":
      return encodeURIComponent(value);
    case "number":
    case "boolean":
    case "bigint":
      return String(value);
    default:
      if (value instanceof Date) return encodeURIComponent(value.toISOString());
      throw new TypeError(
        `Query parameter "${key}" must be a string, number, boolean, Date or an array of them; got ${describe(value)}`,
      );
  }
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return "a nested array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}
