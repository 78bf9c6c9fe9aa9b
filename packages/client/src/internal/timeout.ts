// setTimeout keeps a signed 32-bit delay; anything larger would fire at once.
const MAX_TIMER_MS = 2_147_483_647;

/** The abort signal of one attempt, and what fired it. */
export interface Attempt {
  /** Aborts when the caller's signal aborts or when the attempt runs past its timeout. */
  readonly signal: AbortSignal;
  /** True once the timeout (not the caller) aborted the attempt. */
  readonly timedOut: boolean;
  /** Stops the timer and detaches from the caller's signal; call it as soon as the attempt settles. */
  release(): void;
}

/**
 * Starts the signal of one attempt: it aborts after `timeoutMs` (no limit when that is not a
 * positive finite number, or exceeds what timers can hold) or as soon as the caller's `signal` aborts.
 * A fresh one per attempt lets a retry run after a timed-out attempt while the caller's abort
 * still stops everything.
 *
 * @example
 * ```ts
 * const attempt = startAttempt(60_000, options.signal);
 * try {
 *   return await fetch(url, { signal: attempt.signal });
 * } finally {
 *   attempt.release();
 * }
 * ```
 */
export function startAttempt(timeoutMs: number, caller: AbortSignal | null | undefined): Attempt {
  const bounded = timeoutMs > 0 && timeoutMs <= MAX_TIMER_MS;
  const shared = bounded && !caller ? sharedDeadline(timeoutMs) : undefined;
  if (shared)
    return {
      signal: shared,
      get timedOut() {
        return shared.aborted;
      },
      release() {},
    };
  const controller = new AbortController();
  const attempt = { signal: controller.signal, timedOut: false, release };
  const timer = bounded
    ? setTimeout(() => {
        attempt.timedOut = true;
        controller.abort();
      }, timeoutMs)
    : undefined;
  const onAbort = () => controller.abort(caller?.reason);
  caller?.addEventListener("abort", onAbort);
  function release() {
    clearTimeout(timer);
    caller?.removeEventListener("abort", onAbort);
  }
  return attempt;
}

// Creating an AbortSignal is the dearest part of a call in Node (it is made transferable), so
// attempts without a caller signal share one per deadline: attempts whose deadlines fall in the
// same 1% of their timeout abort together, at most that much late, and never early. Only where
// timers can be unref'd (Node, Bun), so that a pending deadline never keeps a process alive;
// elsewhere each attempt gets its own signal.
const deadlines = new Map<number, { slot: number; signal: AbortSignal; uses: number }>();
const USES_PER_SIGNAL = 256; // undici keeps a listener per request on the signal until GC

function sharedDeadline(timeoutMs: number): AbortSignal | undefined {
  const step = Math.max(1, Math.floor(timeoutMs / 100));
  const slot = Math.ceil((Date.now() + timeoutMs) / step);
  let entry = deadlines.get(timeoutMs);
  if (
    entry === undefined ||
    entry.slot !== slot ||
    entry.uses >= USES_PER_SIGNAL ||
    entry.signal.aborted
  ) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), slot * step - Date.now()) as unknown as {
      unref?: () => void;
    };
    if (!timer.unref) {
      clearTimeout(timer as never);
      return undefined;
    }
    timer.unref();
    entry = { slot, signal: controller.signal, uses: 0 };
    deadlines.set(timeoutMs, entry);
  }
  entry.uses++;
  return entry.signal;
}

/**
 * Waits `ms`, or rejects with `onAbort()` as soon as `signal` aborts, so that a caller's abort
 * also cuts a retry backoff short.
 */
export function sleep(
  ms: number,
  signal: AbortSignal | null | undefined,
  onAbort: () => Error,
): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(onAbort());
    const done = () => {
      signal?.removeEventListener("abort", stop);
      resolve();
    };
    const timer = setTimeout(done, ms);
    function stop() {
      clearTimeout(timer);
      reject(onAbort());
    }
    signal?.addEventListener("abort", stop, { once: true });
  });
}
