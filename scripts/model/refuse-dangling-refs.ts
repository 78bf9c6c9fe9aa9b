import { SpecError } from "./document.js";
import { type Place, placeOf } from "./document-walk.js";
import { childPointer, readPointer } from "./json-pointer.js";
import { MAX_HOPS } from "./resolve-ref.js";

/**
 * Refuses a document with a `$ref` that cannot be followed, naming where it is: one that points to
 * nothing, to another file (only local references are read), or along references that never
 * reach anything else (the resolver's `MAX_HOPS`). Checked once, over the whole document as given,
 * so that the error says where the reference is written, not where a generator happened to follow
 * it. Values the document carries as data (examples, defaults, extensions) are not looked into.
 */
export function refuseDanglingRefs(doc: unknown): void {
  const stack: [unknown, string, Place][] = [[doc, "", "keywords"]];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [node, pointer, place] = next;
    if (typeof node !== "object" || node === null) continue;
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--)
        stack.push([node[i], `${pointer}/${i}`, "keywords"]);
      continue;
    }
    const ref = (node as { $ref?: unknown }).$ref;
    if (typeof ref === "string") {
      if (!ref.startsWith("#"))
        throw new SpecError(
          `${pointer}: cannot resolve $ref ${ref}: only local references are read`,
        );
      const target = readPointer(doc, ref.slice(1));
      if (target === undefined) throw new SpecError(`${pointer}: $ref ${ref} points to nothing`);
      if (loops(doc, target))
        throw new SpecError(`${pointer}: $ref ${ref} is a cycle of references`);
    }
    const entries = Object.entries(node);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, value] = entries[i] as [string, unknown];
      if (typeof value !== "object" || value === null) continue;
      const inner = placeOf(place, key, value);
      if (inner !== "data") stack.push([value, childPointer(pointer, key), inner]);
    }
  }
}

// Whether following `$ref`s from `node` never reaches a node that is not one (a dangling or
// external one on the way is refused where it is written).
function loops(doc: unknown, node: unknown): boolean {
  let current = node;
  for (let hops = 0; hops <= MAX_HOPS; hops++) {
    const ref = (current as { $ref?: unknown } | null)?.$ref;
    if (typeof ref !== "string" || !ref.startsWith("#")) return false;
    current = readPointer(doc, ref.slice(1));
  }
  return true;
}
