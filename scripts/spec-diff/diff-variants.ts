import { type DiffContext, report } from "./_diff-context.js";
import { childPointer, isObject, type JsonObject, type Located } from "./_json-pointer.js";
import { classFor } from "./change.js";
import { diffSchema } from "./diff-schema.js";
import { type SchemaScope, subject } from "./diff-types.js";

/**
 * Compares `oneOf`/`anyOf` variants, matched by the component they reference, else by `title`,
 * else by position. A new variant widens the union: fine for requests, breaking for responses
 * (exhaustive handling misses it). A removed variant is the reverse.
 */
export function diffVariants(
  ctx: DiffContext,
  b: { node: JsonObject; pointer: string },
  a: { node: JsonObject; pointer: string },
  scope: SchemaScope,
): void {
  for (const keyword of ["oneOf", "anyOf"]) {
    const before = variants(b.node, b.pointer, keyword);
    const after = variants(a.node, a.pointer, keyword);
    if (before.size === 0 && after.size === 0) continue;
    for (const [id, variant] of before) {
      const match = after.get(id);
      if (match) diffSchema(ctx, variant, match, scope);
      else {
        const cls = classFor(scope.direction, "breaking", "minor");
        report(
          ctx,
          cls,
          "variant-removed",
          variant.pointer,
          `${keyword} variant ${id} removed from ${subject(scope)}`,
        );
      }
    }
    for (const [id, variant] of after) {
      if (before.has(id)) continue;
      const cls = classFor(scope.direction, "minor", "breaking");
      report(
        ctx,
        cls,
        "variant-added",
        variant.pointer,
        `${keyword} variant ${id} added to ${subject(scope)}`,
      );
    }
  }
}

function variants(node: JsonObject, pointer: string, keyword: string): Map<string, Located> {
  const list = node[keyword];
  const found = new Map<string, Located>();
  if (!Array.isArray(list)) return found;
  list.forEach((variant: unknown, i) => {
    const at = { node: variant, pointer: childPointer(pointer, keyword, `${i}`) };
    found.set(variantId(variant, i), at);
  });
  return found;
}

function variantId(variant: unknown, index: number): string {
  if (isObject(variant) && typeof variant.$ref === "string") {
    return variant.$ref.slice(variant.$ref.lastIndexOf("/") + 1);
  }
  if (isObject(variant) && typeof variant.title === "string") return `"${variant.title}"`;
  return `#${index}`;
}
