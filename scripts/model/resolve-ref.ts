import { type Json, SpecError } from "./document.js";
import { readPointer } from "./json-pointer.js";

export type { Json };

/** How many `$ref`s in a row are followed before the chain is taken for a cycle. */
export const MAX_HOPS = 20;

/**
 * The node a local `$ref` (`#/components/...`) points at, one step, whatever it is. Throws on an
 * external reference or one that points to nothing.
 */
export function targetOf(doc: unknown, ref: string): unknown {
  if (!ref.startsWith("#"))
    throw new SpecError(`cannot resolve $ref ${ref}: only local references are read`);
  const target = readPointer(doc, ref.slice(1));
  if (target === undefined) throw new SpecError(`$ref ${ref} points to nothing`);
  return target;
}

/**
 * The one `$ref` resolver: follows local `$ref`s until it reaches a node that is not one, and
 * returns it as an object (`{}` for nothing). Throws on an external or dangling reference, or a
 * chain of references that does not end.
 */
export function resolve(doc: unknown, node: unknown): Json {
  let current = node;
  for (let hops = 0; ; hops++) {
    const ref = (current as Json | null | undefined)?.$ref;
    if (typeof ref !== "string") return (current ?? {}) as Json;
    if (hops > MAX_HOPS) throw new SpecError(`cannot resolve $ref ${ref}: a cycle of references`);
    current = targetOf(doc, ref);
  }
}
