import type { Faults, FaultTarget } from "./faults.js";

/** A fault as data: what `--fault` and the control endpoint take. */
export interface FaultSpec {
  readonly target: string;
  readonly kind: "fail" | "delay" | "drop";
  /** With `fail`: the status to answer. */
  readonly status?: number;
  /** With `delay`: how long to wait, in ms. */
  readonly ms?: number;
  readonly times?: number;
  /** With `fail`: `Retry-After` in seconds. */
  readonly retryAfter?: number;
}

const whole = (text: string | undefined) =>
  text && /^\d+$/.test(text) ? Number(text) : Number.NaN;

/**
 * Reads `--fault`: `TARGET:STATUS[:TIMES]`, `TARGET:delay:MS[:TIMES]` or `TARGET:drop[:TIMES]`,
 * TARGET an operationId or `*`. Throws a RangeError naming what is wrong.
 *
 * @example
 * parseFaultFlag("listPostureRules:503:2"); // { target: "listPostureRules", kind: "fail", status: 503, times: 2 }
 */
export function parseFaultFlag(text: string): FaultSpec {
  const [target = "", what = "", ...rest] = text.split(":");
  const usage = `--fault takes TARGET:STATUS[:TIMES], TARGET:delay:MS[:TIMES] or TARGET:drop[:TIMES], got ${text}`;
  const times = (raw: string | undefined) => (raw === undefined ? {} : { times: whole(raw) });
  if (target === "" || what === "") throw new RangeError(usage);
  if (what === "drop" && rest.length <= 1) return { target, kind: "drop", ...times(rest[0]) };
  if (what === "delay" && rest.length >= 1 && rest.length <= 2)
    return { target, kind: "delay", ms: whole(rest[0]), ...times(rest[1]) };
  if (/^\d+$/.test(what) && rest.length <= 1)
    return { target, kind: "fail", status: Number(what), ...times(rest[0]) };
  throw new RangeError(usage);
}

/** Adds a fault given as data; throws a RangeError when it is not one (unknown target included). */
export function applyFault(faults: Faults, spec: FaultSpec): void {
  const target = spec.target as FaultTarget;
  const times = spec.times === undefined ? {} : { times: spec.times };
  if (spec.kind === "fail") {
    const retry = spec.retryAfter === undefined ? {} : { retryAfter: spec.retryAfter };
    faults.fail(target, spec.status as number, { ...times, ...retry });
  } else if (spec.kind === "delay") faults.delay(target, spec.ms as number, times);
  else if (spec.kind === "drop") faults.drop(target, times);
  else throw new RangeError(`a fault's kind is fail, delay or drop, got ${String(spec.kind)}`);
}
