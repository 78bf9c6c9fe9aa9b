import { classFor } from "./change.js";
import { type DiffContext, report } from "./diff-context.js";
import { diffSchema } from "./diff-schema.js";
import type { SchemaScope } from "./diff-types.js";
import type { SchemaView } from "./schema-view.js";

/**
 * Compares object properties. Removing one breaks both sides (requests that send it are typed
 * out, responses that had it lose it). Requiredness works in opposite directions: a request
 * field that becomes required breaks callers, a response field that becomes optional breaks
 * readers.
 */
export function diffProperties(
  ctx: DiffContext,
  b: SchemaView,
  a: SchemaView,
  scope: SchemaScope,
): void {
  const { direction, where } = scope;
  const path = (name: string) => (scope.label ? `${scope.label}.${name}` : name);
  for (const [name, before] of b.properties) {
    const after = a.properties.get(name);
    if (!after) {
      const message = `property \`${path(name)}\` removed from ${where}`;
      report(ctx, "breaking", "property-removed", before.pointer, message);
      continue;
    }
    const wasRequired = b.required.has(name);
    const isRequired = a.required.has(name);
    if (!wasRequired && isRequired) {
      const cls = classFor(direction, "breaking", "minor");
      report(
        ctx,
        cls,
        "property-required",
        after.pointer,
        `property \`${path(name)}\` of ${where} became required`,
      );
    } else if (wasRequired && !isRequired) {
      const cls = classFor(direction, "minor", "breaking");
      report(
        ctx,
        cls,
        "property-optional",
        after.pointer,
        `property \`${path(name)}\` of ${where} became optional`,
      );
    }
    diffSchema(ctx, before, after, { ...scope, label: path(name) });
  }
  for (const [name, after] of a.properties) {
    if (b.properties.has(name)) continue;
    const required = a.required.has(name);
    const cls = required ? classFor(direction, "breaking", "minor") : "minor";
    const message = `${required ? "required" : "optional"} property \`${path(name)}\` added to ${where}`;
    report(ctx, cls, "property-added", after.pointer, message);
  }
}
