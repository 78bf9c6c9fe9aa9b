import { CHANGE_CLASSES, type Change, type ChangeClass, type ChangeKind } from "./change.js";
import { type Located, resolveRef } from "./located.js";

/** The two documents being compared and the changes found so far. */
export interface DiffContext {
  before: unknown;
  after: unknown;
  /** Schema pairs already walked, keyed by both pointers and the direction. */
  visited: Set<string>;
  /** Old-document pointers of every schema walked through an operation. */
  reached: Set<string>;
  changes: Map<string, Change>;
}

/** Starts an empty comparison of `before` against `after`. */
export function createDiffContext(before: unknown, after: unknown): DiffContext {
  return { before, after, visited: new Set(), reached: new Set(), changes: new Map() };
}

/**
 * Records a change. A component shared by several operations is walked once per use, so the same
 * change can be found more than once; it is kept once, with the most severe class seen.
 */
export function report(
  ctx: DiffContext,
  cls: ChangeClass,
  kind: ChangeKind,
  pointer: string,
  message: string,
): void {
  const key = `${kind} ${pointer}`;
  const seen = ctx.changes.get(key);
  if (seen && CHANGE_CLASSES.indexOf(seen.class) <= CHANGE_CLASSES.indexOf(cls)) return;
  ctx.changes.set(key, { class: cls, kind, pointer, message });
}

/** Resolves `$ref`s on the old side. */
export function resolveBefore(ctx: DiffContext, at: Located): Located {
  return resolveRef(ctx.before, at);
}

/** Resolves `$ref`s on the new side. */
export function resolveAfter(ctx: DiffContext, at: Located): Located {
  return resolveRef(ctx.after, at);
}

/** The changes found, most severe first, then in pointer order so output is reproducible. */
export function sortedChanges(ctx: DiffContext): Change[] {
  return [...ctx.changes.values()].sort(
    (a, b) =>
      CHANGE_CLASSES.indexOf(a.class) - CHANGE_CLASSES.indexOf(b.class) ||
      comparePointers(a.pointer, b.pointer) ||
      compareText(a.kind, b.kind) ||
      compareText(a.message, b.message),
  );
}

/** Token by token, numbers as numbers, so `/oneOf/2` sorts before `/oneOf/10`. */
function comparePointers(a: string, b: string): number {
  const left = a.split("/");
  const right = b.split("/");
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const x = left[i] ?? "";
    const y = right[i] ?? "";
    if (x === y) continue;
    const numeric = /^\d+$/.test(x) && /^\d+$/.test(y);
    return numeric ? Number(x) - Number(y) : compareText(x, y);
  }
  return left.length - right.length;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
