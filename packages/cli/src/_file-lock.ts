import { closeSync, openSync, statSync, unlinkSync } from "node:fs";
import { UsageError } from "./_usage-error.js";

/** How long `withFileLock` waits for another run, and when it takes a lock over as abandoned. */
export interface LockTiming {
  /** Gives up after this long (default 5 s). */
  waitMs?: number;
  /** A lock file older than this was left by a run that died (default 30 s). */
  staleMs?: number;
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Runs `work` while holding `<path>.lock`, created exclusively, so that two runs never
 * read-modify-write the same file at once. Waits for another holder; takes over a lock older
 * than `staleMs`; after `waitMs` fails naming the lock file.
 */
export function withFileLock<T>(path: string, work: () => T, timing: LockTiming = {}): T {
  const { waitMs = 5000, staleMs = 30_000 } = timing;
  const lock = `${path}.lock`;
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      closeSync(openSync(lock, "wx"));
      break;
    } catch (error) {
      if ((error as { code?: string }).code !== "EEXIST") throw error;
    }
    if (isStale(lock, staleMs)) {
      unlinkQuietly(lock);
      continue;
    }
    if (Date.now() >= deadline) {
      throw new UsageError(
        `--mock-state: ${lock} is held by another run; delete it if no other zt-devices command is running`,
      );
    }
    Atomics.wait(pause, 0, 0, 20);
  }
  try {
    return work();
  } finally {
    unlinkQuietly(lock);
  }
}

function isStale(lock: string, staleMs: number): boolean {
  try {
    return Date.now() - statSync(lock).mtimeMs > staleMs;
  } catch {
    return false; // released meanwhile: the next attempt takes it
  }
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}
