/** The exit code of a run stopped by each signal it cleans up after: 128 plus the signal's number. */
export const INTERRUPT_EXIT_CODES = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

/**
 * Until the returned function is called, Ctrl-C (SIGINT), SIGTERM or SIGHUP runs `cleanUp` and
 * ends the process with the signal's exit code (130 for Ctrl-C) instead of dying on the spot.
 *
 * Node runs a signal listener on its event loop, never in the middle of synchronous code, so
 * `cleanUp` sees every file either wholly made (a lock with its process id) or not made at all.
 * A signal that arrives during the synchronous code that calls the returned function is dropped
 * with the listener: that code finishes and the run ends as it would have.
 *
 * @example
 * const stop = onInterrupt(() => lock?.release());
 * try { lock = await acquireFileLock(path); ... } finally { lock?.release(); stop(); }
 */
export function onInterrupt(cleanUp: () => void): () => void {
  const signals = Object.keys(INTERRUPT_EXIT_CODES) as (keyof typeof INTERRUPT_EXIT_CODES)[];
  const listeners = signals.map((signal) => {
    const listener = () => {
      try {
        cleanUp();
      } finally {
        process.exit(INTERRUPT_EXIT_CODES[signal]);
      }
    };
    process.on(signal, listener);
    return () => process.off(signal, listener);
  });
  return () => {
    for (const off of listeners) off();
  };
}

/**
 * Lets the event loop turn once, so that a signal received meanwhile reaches its listener now.
 * Code that only awaits promises never lets the loop turn: without this, Ctrl-C during a long
 * replay or before a save would wait for the whole run, then be dropped with its listener.
 *
 * @example
 * for (const [i, entry] of entries.entries()) { if (i % 64 === 63) await letSignalsIn(); ... }
 */
export function letSignalsIn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
