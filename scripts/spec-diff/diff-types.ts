import { classFor, type Direction } from "./change.js";
import { type DiffContext, report } from "./diff-context.js";
import { childPointer } from "./located.js";
import { sameJson } from "./same-json.js";
import type { SchemaView } from "./schema-view.js";

/** The direction and naming of one schema comparison. */
export interface SchemaScope {
  direction: Direction;
  /** The API element the walk started from, e.g. "the 200 response of getDevice". */
  origin: string;
  /** What the schema is part of: the origin, or the named component schema the walk is in. */
  where: string;
  /** Property path inside that element, e.g. "owner.email"; empty at the top. */
  label: string;
}

/** Names the schema being compared, e.g. "`owner.email` in the 200 response of getDevice". */
export function subject(scope: SchemaScope): string {
  return scope.label ? `\`${scope.label}\` in ${scope.where}` : scope.where;
}

/**
 * Compares the JSON types two schemas allow. Accepting less is narrowing, accepting more is
 * widening; which of the two breaks callers depends on the direction (see the rules record).
 * Schemas built from `oneOf`/`anyOf` without a `type` are left to the variant comparison.
 */
export function diffTypes(
  ctx: DiffContext,
  b: SchemaView,
  a: SchemaView,
  scope: SchemaScope,
): void {
  const before = b.types ?? (isComposed(b) ? undefined : ANY);
  const after = a.types ?? (isComposed(a) ? undefined : ANY);
  if (!before || !after) return;
  const narrowed = [...before].some((t) => !accepts(after, t));
  const widened = [...after].some((t) => !accepts(before, t));
  if (!narrowed && !widened) return;
  const pointer = childPointer(a.pointer, "type");
  const change = `type of ${subject(scope)} ${narrowed && widened ? "changed" : narrowed ? "narrowed" : "widened"} from ${show(before)} to ${show(after)}`;
  if (narrowed && widened) report(ctx, "breaking", "type-changed", pointer, change);
  else if (narrowed) {
    report(ctx, classFor(scope.direction, "breaking", "minor"), "type-narrowed", pointer, change);
  } else
    report(ctx, classFor(scope.direction, "minor", "breaking"), "type-widened", pointer, change);
}

/**
 * Compares enum (and `const`) values. A removed value breaks both sides: callers can no longer
 * send it, and TypeScript rejects comparisons with a literal that left the union. An added value
 * is minor on both sides: enums are documented as open, so consumers keep a default branch.
 */
export function diffEnum(ctx: DiffContext, b: SchemaView, a: SchemaView, scope: SchemaScope): void {
  const before = b.enumValues;
  const after = a.enumValues;
  if (!before && !after) return;
  if (!after) {
    const message = `${subject(scope)} no longer restricted to a list of values`;
    const cls = classFor(scope.direction, "minor", "breaking");
    report(ctx, cls, "enum-removed", childPointer(b.pointer, "enum"), message);
    return;
  }
  if (!before) {
    const message = `${subject(scope)} now restricted to ${after.map((v) => JSON.stringify(v.value)).join(", ")}`;
    const cls = classFor(scope.direction, "breaking", "minor");
    report(ctx, cls, "enum-added", childPointer(a.pointer, "enum"), message);
    return;
  }
  for (const { value, pointer } of before) {
    if (!after.some((v) => sameJson(v.value, value))) {
      report(
        ctx,
        "breaking",
        "enum-value-removed",
        pointer,
        `value ${JSON.stringify(value)} removed from ${subject(scope)}`,
      );
    }
  }
  for (const { value, pointer } of after) {
    if (!before.some((v) => sameJson(v.value, value))) {
      report(
        ctx,
        "minor",
        "enum-value-added",
        pointer,
        `value ${JSON.stringify(value)} added to ${subject(scope)}`,
      );
    }
  }
}

const ANY = new Set(["array", "boolean", "integer", "null", "number", "object", "string"]);

function accepts(types: Set<string>, type: string): boolean {
  return types.has(type) || (type === "integer" && types.has("number"));
}

function isComposed(view: SchemaView): boolean {
  return Array.isArray(view.node.oneOf) || Array.isArray(view.node.anyOf);
}

function show(values: Iterable<unknown>): string {
  const list = [...values].map((v) => (typeof v === "string" ? v : JSON.stringify(v)));
  return list.length === ANY.size ? "any" : list.sort().join(" | ");
}
