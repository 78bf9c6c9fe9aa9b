import { classFor } from "./change.js";
import { type DiffContext, report } from "./diff-context.js";
import { diffSchema } from "./diff-schema.js";
import { type SchemaScope, subject } from "./diff-types.js";
import { childPointer, isObject, type JsonObject, type Located } from "./located.js";

type At = { node: JsonObject; pointer: string };

/**
 * Compares `oneOf`/`anyOf` variants, matched by the component they reference, else by `title`,
 * else by position. A new variant widens the union: fine for requests, breaking for responses
 * (exhaustive handling misses it). A removed variant is the reverse. Turning a schema into a
 * union, or a union back into one schema, is judged as a whole rather than variant by variant.
 */
export function diffVariants(ctx: DiffContext, b: At, a: At, scope: SchemaScope): void {
  for (const keyword of ["oneOf", "anyOf"]) {
    const before = variants(b, keyword);
    const after = variants(a, keyword);
    if (before.size === 0 && after.size === 0) continue;
    if (before.size === 0 || after.size === 0) {
      diffUnion(ctx, b, a, keyword, scope);
      continue;
    }
    const where = subject(scope);
    for (const [id, variant] of before) {
      const match = after.get(id);
      if (match) {
        diffSchema(ctx, variant, match, scope);
        continue;
      }
      const cls = classFor(scope.direction, "breaking", "minor");
      const message = `${keyword} variant ${id} removed from ${where}`;
      report(ctx, cls, "variant-removed", variant.pointer, message);
    }
    for (const [id, variant] of after) {
      if (before.has(id)) continue;
      const cls = classFor(scope.direction, "minor", "breaking");
      report(
        ctx,
        cls,
        "variant-added",
        variant.pointer,
        `${keyword} variant ${id} added to ${where}`,
      );
    }
  }
}

/**
 * A new `oneOf` narrows what the schema accepts (values must also match a variant), which
 * breaks requests; it also turns the generated type into a union, which breaks readers who used
 * variant-specific fields. Dropping a union widens the schema: minor for requests, breaking for
 * responses.
 */
function diffUnion(ctx: DiffContext, b: At, a: At, keyword: string, scope: SchemaScope): void {
  const list = a.node[keyword];
  if (Array.isArray(list)) {
    const message = `${subject(scope)} became a ${keyword} of ${list.length} variants`;
    report(ctx, "breaking", "union-introduced", childPointer(a.pointer, keyword), message);
  } else {
    const cls = classFor(scope.direction, "minor", "breaking");
    const message = `${subject(scope)} is no longer a ${keyword} of variants`;
    report(ctx, cls, "union-dropped", childPointer(b.pointer, keyword), message);
  }
}

function variants(at: At, keyword: string): Map<string, Located> {
  const list = at.node[keyword];
  const found = new Map<string, Located>();
  if (!Array.isArray(list)) return found;
  list.forEach((variant: unknown, i) => {
    const pointer = childPointer(at.pointer, keyword, `${i}`);
    found.set(variantId(variant, i), { node: variant, pointer });
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
