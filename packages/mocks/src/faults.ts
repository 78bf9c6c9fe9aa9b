import type { OperationId } from "./_operation-id.js";
import { routes } from "./routes.gen.js";

/** Which calls a fault applies to: one operation by its operationId, or `"*"` for every one. */
export type FaultTarget = OperationId | "*";

/** Options of `faults.fail`. */
export interface FailOptions {
  /** How many calls fail before the operation answers normally again. Default 1. */
  times?: number;
  /** `Retry-After` in seconds, sent with a 429 or 503. Default 1 for a 429, none otherwise. */
  retryAfter?: number;
}

/** Options of `faults.delay` and `faults.drop`. */
export interface FaultOptions {
  /** How many calls are affected. Default: every call until `clear()` for a delay, 1 for a drop. */
  times?: number;
}

/** What happens to one call before the mock answers it. */
export interface FaultPlan {
  delayMs: number;
  drop: boolean;
  fail?: { status: number; retryAfter?: number };
}

/** One fault as `faults.list()` shows it. */
export interface FaultEntry {
  readonly target: FaultTarget;
  readonly kind: "fail" | "delay" | "drop";
  /** Calls still affected; `null` for a delay with no end. */
  readonly remaining: number | null;
  readonly status?: number;
  readonly retryAfter?: number;
  readonly ms?: number;
}

interface Entry {
  target: FaultTarget;
  remaining: number;
  kind: "fail" | "delay" | "drop";
  status?: number;
  retryAfter?: number;
  ms?: number;
}

/**
 * Faults to inject into calls to the mock, for testing how code copes with a failing API: an
 * error status the next N times (429 with Retry-After, 500, 503, ...), latency, or a dropped
 * connection.
 *
 * @example
 * mock.faults.fail("listPostureRules", 429, { times: 2, retryAfter: 0 });
 * mock.faults.delay("*", 50);
 * mock.faults.drop("createPostureRule");
 */
export interface Faults {
  /** The next `times` calls of `target` answer `status` with the error envelope. */
  fail(target: FaultTarget, status: number, options?: FailOptions): void;
  /** Calls of `target` wait `ms` before they are answered. */
  delay(target: FaultTarget, ms: number, options?: FaultOptions): void;
  /** The next `times` calls of `target` lose their connection without an answer. */
  drop(target: FaultTarget, options?: FaultOptions): void;
  /** Removes every fault. */
  clear(): void;
  /** The faults in force, in the order they were added. */
  list(): FaultEntry[];
  /** Takes what applies to one call of `operationId`, counting it against each fault's `times`. */
  take(operationId: string): FaultPlan;
}

// A typo would otherwise inject nothing and the test would pass for the wrong reason.
function checkTarget(target: string): FaultTarget {
  if (target === "*" || Object.hasOwn(routes, target)) return target as FaultTarget;
  throw new RangeError(
    `a fault's target must be an operationId or "*", got ${JSON.stringify(target)}`,
  );
}

function count(times: number | undefined, fallback: number): number {
  if (times === undefined) return fallback;
  if (!Number.isInteger(times) || times < 1)
    throw new RangeError(`times must be a whole number >= 1, got ${times}`);
  return times;
}

/**
 * Creates an empty set of faults (every mock has its own as `mock.faults`).
 *
 * @example
 * const faults = createFaults();
 * faults.fail("getDevice", 503, { times: 2 });
 * faults.take("getDevice"); // { delayMs: 0, drop: false, fail: { status: 503 } }
 */
export function createFaults(): Faults {
  let entries: Entry[] = [];
  return {
    fail(target, status, options = {}) {
      checkTarget(target);
      if (!Number.isInteger(status) || status < 400 || status > 599) {
        throw new RangeError(`a fault's status must be between 400 and 599, got ${status}`);
      }
      const retryAfter = options.retryAfter ?? (status === 429 ? 1 : undefined);
      const entry: Entry = { target, kind: "fail", status, remaining: count(options.times, 1) };
      if (retryAfter !== undefined) entry.retryAfter = retryAfter;
      entries.push(entry);
    },
    delay(target, ms, options = {}) {
      checkTarget(target);
      if (!(ms >= 0)) throw new RangeError(`a delay must be >= 0 ms, got ${ms}`);
      entries.push({
        target,
        kind: "delay",
        ms,
        remaining: count(options.times, Number.POSITIVE_INFINITY),
      });
    },
    drop(target, options = {}) {
      checkTarget(target);
      entries.push({ target, kind: "drop", remaining: count(options.times, 1) });
    },
    clear() {
      entries = [];
    },
    list() {
      return entries.map(({ remaining, ...rest }) => ({
        ...rest,
        remaining: remaining === Number.POSITIVE_INFINITY ? null : remaining,
      }));
    },
    take(operationId) {
      const plan: FaultPlan = { delayMs: 0, drop: false };
      if (entries.length === 0) return plan;
      for (const entry of entries) {
        if (entry.target !== "*" && entry.target !== operationId) continue;
        if (entry.kind === "delay") {
          plan.delayMs += entry.ms as number;
        } else if (plan.drop || plan.fail) {
          continue;
        } else if (entry.kind === "drop") {
          plan.drop = true;
        } else {
          plan.fail = { status: entry.status as number };
          if (entry.retryAfter !== undefined) plan.fail.retryAfter = entry.retryAfter;
        }
        entry.remaining -= 1;
      }
      entries = entries.filter((entry) => entry.remaining > 0);
      return plan;
    },
  };
}
