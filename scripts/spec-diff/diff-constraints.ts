import { classFor } from "./change.js";
import { type DiffContext, report } from "./diff-context.js";
import { type SchemaScope, subject } from "./diff-types.js";
import { childPointer, isObject } from "./located.js";
import { sameJson } from "./same-json.js";
import type { SchemaView } from "./schema-view.js";

const UPPER = ["maxLength", "maxItems", "maxProperties", "maximum", "exclusiveMaximum"];
const LOWER = ["minLength", "minItems", "minProperties", "minimum", "exclusiveMinimum"];
const OTHER = ["pattern", "format", "multipleOf", "uniqueItems", "additionalProperties"];

/**
 * Compares value constraints (bounds, pattern, format, closed objects). Tightening one rejects
 * requests that used to pass, so it breaks the request side; the generated types do not carry
 * these constraints, so on the response side any change is minor.
 */
export function diffConstraints(
  ctx: DiffContext,
  b: SchemaView,
  a: SchemaView,
  scope: SchemaScope,
): void {
  for (const key of [...UPPER, ...LOWER, ...OTHER]) {
    // Absent `additionalProperties` means any, the same as `true`.
    const before = key === "additionalProperties" ? (b.node[key] ?? true) : b.node[key];
    const after = key === "additionalProperties" ? (a.node[key] ?? true) : a.node[key];
    if (sameJson(before, after) || (key === "additionalProperties" && bothSchemas(before, after))) {
      continue;
    }
    const tightened = isTightened(key, before, after);
    const cls = classFor(scope.direction, tightened ? "breaking" : "minor", "minor");
    const pointer =
      after === undefined ? childPointer(b.pointer, key) : childPointer(a.pointer, key);
    const message = `${key} of ${subject(scope)} ${tightened ? "tightened" : "loosened"}: ${show(before)} -> ${show(after)}`;
    report(ctx, cls, tightened ? "constraint-tightened" : "constraint-loosened", pointer, message);
  }
}

function isTightened(key: string, before: unknown, after: unknown): boolean {
  if (after === undefined) return false;
  if (typeof before === "number" && typeof after === "number") {
    if (UPPER.includes(key)) return after < before;
    if (LOWER.includes(key)) return after > before;
  }
  if (key === "uniqueItems") return after === true;
  // `additionalProperties` closes an object when it goes from absent/true/a schema to false.
  if (key === "additionalProperties") return after === false;
  return true;
}

function bothSchemas(before: unknown, after: unknown): boolean {
  return isObject(before) && isObject(after);
}

function show(value: unknown): string {
  return value === undefined ? "none" : JSON.stringify(value);
}
