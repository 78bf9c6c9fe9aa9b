import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from "node:fs";
import { UsageError } from "../args/usage-error.js";
import { describeFsError } from "./fs-error.js";

/** How long `acquireFileLock` waits for another run, and when it takes a lock over as abandoned. */
export interface LockTiming {
  /** Gives up after this long (default 10 s). */
  waitMs?: number;
  /** A lock file older than this was left by a run that died (default 30 s). */
  staleMs?: number;
}

/** A lock being held: `release` removes it (once; later calls do nothing). */
export interface HeldLock {
  readonly path: string;
  release(): void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Takes `<path>.lock`, created exclusively and holding this process's id, so that runs never
 * read-modify-write the same file at once. Waits for another holder; takes over a lock whose
 * process is gone or that is older than `staleMs`; after `waitMs` fails naming the lock file.
 *
 * @example
 * const lock = await acquireFileLock("state.json");
 * try { update("state.json"); } finally { lock.release(); }
 */
export async function acquireFileLock(path: string, timing: LockTiming = {}): Promise<HeldLock> {
  const { waitMs = 10_000, staleMs = 30_000 } = timing;
  const lock = `${path}.lock`;
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      const fd = openSync(lock, "wx", 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as { code?: string }).code !== "EEXIST")
        throw new UsageError(`--mock-state: cannot use ${path}: ${describeFsError(error)}`);
    }
    if (isAbandoned(lock, staleMs)) {
      takeOver(lock);
      continue;
    }
    if (Date.now() >= deadline) {
      throw new UsageError(
        `--mock-state: ${lock} is held by another run; delete it if no other zt-devices command is running`,
      );
    }
    await sleep(20);
  }
  let held = true;
  return {
    path: lock,
    release() {
      if (held) unlinkQuietly(lock);
      held = false;
    },
  };
}

// Abandoned: the process that wrote it no longer runs, or it is older than any run takes.
function isAbandoned(lock: string, staleMs: number): boolean {
  try {
    if (Date.now() - statSync(lock).mtimeMs > staleMs) return true;
    const pid = Number(readFileSync(lock, "utf8"));
    if (!Number.isInteger(pid) || pid <= 0) return false; // being written: look again
    process.kill(pid, 0);
    return false;
  } catch (error) {
    // ESRCH: no such process. ENOENT: released meanwhile, the next attempt takes it.
    return (error as { code?: string }).code === "ESRCH";
  }
}

// Removes an abandoned lock. One that cannot be removed (a directory, no permission) fails at
// once: trying again would spin without end, and no signal could stop the run meanwhile.
function takeOver(lock: string): void {
  try {
    unlinkSync(lock);
  } catch (error) {
    if ((error as { code?: string }).code === "ENOENT") return; // released meanwhile
    throw new UsageError(
      `--mock-state: cannot remove the abandoned lock ${lock}: ${describeFsError(error)}; delete it by hand`,
    );
  }
}

/** Removes a file, if it is there. */
export function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}
