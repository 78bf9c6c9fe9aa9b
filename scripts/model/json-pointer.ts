/** RFC 6901 JSON pointers, as the generators and the spec diff read and write them. */

/** One reference token, escaped: `~` as `~0`, `/` as `~1`. */
export function escapeToken(token: string): string {
  return token.replaceAll("~", "~0").replaceAll("/", "~1");
}

/** One reference token as it was before escaping: `~1` as `/`, `~0` as `~`. */
export function unescapeToken(token: string): string {
  return token.replaceAll("~1", "/").replaceAll("~0", "~");
}

/** Appends reference tokens to a pointer, escaping each. */
export function childPointer(pointer: string, ...tokens: string[]): string {
  return pointer + tokens.map((t) => `/${escapeToken(t)}`).join("");
}

/** Reads the node at `pointer` in `doc` (own properties and array indexes), or `undefined`. */
export function readPointer(doc: unknown, pointer: string): unknown {
  if (pointer === "") return doc;
  let node: unknown = doc;
  for (const raw of pointer.slice(1).split("/")) {
    const token = unescapeToken(raw);
    if (Array.isArray(node)) node = node[Number(token)];
    else if (typeof node === "object" && node !== null)
      node = Object.hasOwn(node, token) ? (node as Record<string, unknown>)[token] : undefined;
    else return undefined;
  }
  return node;
}
