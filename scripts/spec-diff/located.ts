import { readPointer } from "../model/json-pointer.js";

/** A node of a spec document together with the RFC 6901 pointer it was found at. */
export interface Located {
  node: unknown;
  pointer: string;
}

/** A plain JSON object, as opposed to an array or a scalar. */
export type JsonObject = Record<string, unknown>;

/** Tells whether `value` is a plain JSON object. */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export { childPointer } from "../model/json-pointer.js";

/**
 * Follows local `$ref`s (`#/components/...`) until a node without one is reached, so changes
 * are reported where they live. Non-local and dangling refs stay as they are: a bundled spec has
 * none, and a cycle of refs stops at the first repeat.
 */
export function resolveRef(doc: unknown, at: Located): Located {
  let current = at;
  const seen = new Set<string>();
  while (isObject(current.node) && typeof current.node.$ref === "string") {
    const ref = current.node.$ref;
    if (!ref.startsWith("#") || seen.has(ref)) return current;
    seen.add(ref);
    const pointer = decodeURIComponent(ref.slice(1));
    const node = cachedRead(doc, pointer);
    if (node === undefined) return current;
    current = { node, pointer };
  }
  return current;
}

// The same few components are looked up thousands of times in a large spec. Entries live for
// one comparison (see `forgetRefs`), so documents changed between comparisons are read afresh.
const cache = new WeakMap<object, Map<string, unknown>>();

/** Drops what `resolveRef` remembered about `doc`. */
export function forgetRefs(doc: unknown): void {
  if (typeof doc === "object" && doc !== null) cache.delete(doc);
}

function cachedRead(doc: unknown, pointer: string): unknown {
  if (typeof doc !== "object" || doc === null) return readPointer(doc, pointer);
  let nodes = cache.get(doc);
  if (!nodes) {
    nodes = new Map();
    cache.set(doc, nodes);
  }
  if (!nodes.has(pointer)) nodes.set(pointer, readPointer(doc, pointer));
  return nodes.get(pointer);
}
