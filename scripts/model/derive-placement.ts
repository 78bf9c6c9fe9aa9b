import { camelOf } from "./identifier-of.js";
import { CAMEL_NAME } from "./resource-placement.js";

/** What placement is derived from: an operation's id, method, path, tags and own extensions. */
export interface PlacementSource {
  operationId: string;
  path: string;
  operation: Record<string, unknown>;
}

const SCOPES = new Set(["accounts", "zones", "user", "users", "organizations", "memberships"]);

/** The resource of an operation without `x-resource`: its first tag, else its path's first noun. */
export function resourceOf(op: Record<string, unknown>, path: string): string {
  const tags = Array.isArray(op.tags) ? op.tags.filter((t) => typeof t === "string") : [];
  if (tags.length > 0) return camelOf(tags[0] as string);
  const statics = path.split("/").filter((s) => s !== "" && !s.startsWith("{"));
  const noun = statics.find((s, i) => !(i === 0 && SCOPES.has(s) && statics.length > 1));
  return noun === undefined ? "api" : camelOf(noun);
}

/**
 * `x-resource` and `x-method` for operations that lack them, in document order; the spec's own
 * extensions always win. The resource is the first tag in camelCase (else the path's first noun
 * after an account or zone scope); the method is the operationId in camelCase without the words
 * that spell the resource (`access-applications-add-an-application` under `accessApplications` is
 * `addAnApplication`), or the whole operationId in camelCase when that leaves nothing or is taken in
 * the resource, with `2`, `3`, ... after it when even that is taken.
 */
export function derivePlacements(
  ops: readonly PlacementSource[],
): Map<string, { resource: string; method: string }> {
  const out = new Map<string, { resource: string; method: string }>();
  const taken = new Set<string>();
  const resources = new Map<PlacementSource, string>();
  for (const op of ops) {
    const own = op.operation["x-resource"];
    const resource = typeof own === "string" ? own : resourceOf(op.operation, op.path);
    resources.set(op, resource);
    const method = op.operation["x-method"];
    if (typeof method === "string") taken.add(`${resource}.${method}`);
  }
  for (const op of ops) {
    const resource = resources.get(op) as string;
    if (typeof op.operation["x-method"] === "string") {
      if (typeof op.operation["x-resource"] !== "string")
        out.set(op.operationId, { resource, method: op.operation["x-method"] as string });
      continue;
    }
    const whole = camelOf(op.operationId);
    const candidates = [shorten(whole, resource), whole];
    let method = candidates.find(
      (c) => c !== "" && CAMEL_NAME.test(c) && !taken.has(`${resource}.${c}`),
    );
    for (let n = 2; method === undefined; n++)
      if (!taken.has(`${resource}.${whole}${n}`)) method = `${whole}${n}`;
    taken.add(`${resource}.${method}`);
    out.set(op.operationId, { resource, method });
  }
  return out;
}

// `accessApplicationsAddAnApplication` under `accessApplications` → `addAnApplication`.
function shorten(method: string, resource: string): string {
  const last = resource.split(".").at(-1) ?? "";
  if (!method.startsWith(last) || !/^[A-Z]/.test(method.charAt(last.length))) return "";
  const rest = method.slice(last.length);
  return rest.charAt(0).toLowerCase() + rest.slice(1);
}
