import { readPointer } from "../_json-pointer.js";

/** A JSON object of the bundled spec, read loosely: the generators check what they rely on. */
export type Json = Record<string, unknown>;

/**
 * Follows local `$ref`s (`#/components/...`) until it reaches an object; anything else is
 * returned as it is (`{}` for nothing). Throws on an external or dangling reference, or a cycle.
 */
export function resolve(doc: unknown, node: unknown, depth = 0): Json {
  const ref = (node as Json | null)?.$ref;
  if (typeof ref !== "string") return (node ?? {}) as Json;
  if (!ref.startsWith("#/") || depth > 20) throw new Error(`cannot resolve $ref ${ref}`);
  const target = readPointer(doc, ref.slice(1));
  if (target === undefined) throw new Error(`$ref ${ref} points to nothing`);
  return resolve(doc, target, depth + 1);
}
