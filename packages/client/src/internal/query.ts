import { SCOPE_PARAMS } from "./operation.js";

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
    // account_id and zone_id are path parameters carried in params, never query parameters.
    if (key in SCOPE_PARAMS) continue;
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
  if (value instanceof Date) return encodeURIComponent(value.toISOString());
  if (typeof value === "object" || typeof value === "function" || typeof value === "symbol") {
    throw new TypeError(`Query parameter "${key}" must be a scalar or an array of scalars`);
  }
  return encodeURIComponent(String(value));
}
