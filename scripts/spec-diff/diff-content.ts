import type { Direction } from "./change.js";
import { diffAnnotations } from "./diff-annotations.js";
import { type DiffContext, report } from "./diff-context.js";
import { diffSchema } from "./diff-schema.js";
import { childPointer, isObject, type JsonObject } from "./located.js";

/**
 * Compares the `content` maps of a request body or response, media type by media type. A media
 * type that disappears breaks whoever relied on it; a new one is minor.
 */
export function diffContent(
  ctx: DiffContext,
  b: { node: JsonObject; pointer: string },
  a: { node: JsonObject; pointer: string },
  direction: Direction,
  where: string,
): void {
  const before = isObject(b.node.content) ? b.node.content : {};
  const after = isObject(a.node.content) ? a.node.content : {};
  const beforePointer = childPointer(b.pointer, "content");
  const afterPointer = childPointer(a.pointer, "content");
  for (const [type, media] of Object.entries(before)) {
    const pointer = childPointer(beforePointer, type);
    if (!Object.hasOwn(after, type)) {
      report(ctx, "breaking", "media-type-removed", pointer, `${type} removed from ${where}`);
      continue;
    }
    const match = after[type];
    const matchPointer = childPointer(afterPointer, type);
    if (!isObject(media) || !isObject(match)) continue;
    diffAnnotations(ctx, {
      before: media,
      after: match,
      beforePointer: pointer,
      afterPointer: matchPointer,
      where: `the ${type} content of ${where}`,
    });
    diffSchema(
      ctx,
      { node: media.schema, pointer: childPointer(pointer, "schema") },
      { node: match.schema, pointer: childPointer(matchPointer, "schema") },
      { direction, origin: where, where, label: "" },
    );
  }
  for (const type of Object.keys(after)) {
    if (Object.hasOwn(before, type)) continue;
    const pointer = childPointer(afterPointer, type);
    report(ctx, "minor", "media-type-added", pointer, `${type} added to ${where}`);
  }
}
