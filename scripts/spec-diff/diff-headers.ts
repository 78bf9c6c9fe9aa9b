import { diffAnnotations } from "./diff-annotations.js";
import { type DiffContext, report } from "./diff-context.js";
import { diffSchema } from "./diff-schema.js";
import { childPointer, isObject, type JsonObject, resolveRef } from "./located.js";

/**
 * Compares the headers of a response (names are case-insensitive). Readers lose a removed
 * header, so that is breaking; a new one is minor; a header's schema is judged as a response.
 */
export function diffHeaders(
  ctx: DiffContext,
  b: { node: JsonObject; pointer: string },
  a: { node: JsonObject; pointer: string },
  where: string,
): void {
  const before = headers(ctx.before, b);
  const after = headers(ctx.after, a);
  for (const [name, header] of before) {
    const match = after.get(name);
    const label = `header \`${name}\` of ${where}`;
    if (!match) {
      report(ctx, "breaking", "header-removed", header.pointer, `${label} removed`);
      continue;
    }
    const pair = { before: header.node, after: match.node, beforePointer: header.pointer };
    diffAnnotations(ctx, { ...pair, afterPointer: match.pointer, where: label });
    diffSchema(
      ctx,
      { node: header.node.schema, pointer: childPointer(header.pointer, "schema") },
      { node: match.node.schema, pointer: childPointer(match.pointer, "schema") },
      { direction: "response", origin: label, where: label, label: "" },
    );
  }
  for (const [name, header] of after) {
    if (before.has(name)) continue;
    report(ctx, "minor", "header-added", header.pointer, `header \`${name}\` added to ${where}`);
  }
}

function headers(
  doc: unknown,
  response: { node: JsonObject; pointer: string },
): Map<string, { node: JsonObject; pointer: string }> {
  const found = new Map<string, { node: JsonObject; pointer: string }>();
  const map = response.node.headers;
  if (!isObject(map)) return found;
  for (const [name, raw] of Object.entries(map)) {
    const at = resolveRef(doc, {
      node: raw,
      pointer: childPointer(response.pointer, "headers", name),
    });
    if (isObject(at.node)) found.set(name.toLowerCase(), { node: at.node, pointer: at.pointer });
  }
  return found;
}
