import { chmodSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { UsageError } from "../args/usage-error.js";
import { unlinkQuietly } from "./file-lock.js";
import { describeFsError, FileError } from "./fs-error.js";

/** A new state file is its owner's only: it holds request bodies, integration secrets included. */
export const NEW_STATE_MODE = 0o600;

/**
 * Reads the state file; `undefined` when there is none yet. A path that cannot be a file, or one
 * that is read-only when the run would change it, is a `UsageError` (exit 2, nothing sent).
 */
export function readStateFile(path: string, writes: boolean): string | undefined {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    if ((error as { code?: string }).code === "ENOENT") return undefined;
    throw new UsageError(`--mock-state: cannot use ${path}: ${describeFsError(error)}`);
  }
  if (writes && (statSync(path).mode & 0o222) === 0) {
    throw new UsageError(
      `--mock-state: ${path} is read-only; make it writable (chmod u+w) or give another file`,
    );
  }
  return text;
}

/** The temporary file a save writes before renaming it over the state file. */
export const temporaryOf = (path: string) => `${path}.${process.pid}.tmp`;

/**
 * Replaces the state file with `text` atomically (a temporary file renamed over it), keeping the
 * file's mode, or `NEW_STATE_MODE` for a new one. A failure (a full disk) leaves the old file as
 * it was, removes the temporary one and is a `FileError`.
 */
export function writeStateFile(path: string, text: string): void {
  const temporary = temporaryOf(path);
  try {
    let mode = NEW_STATE_MODE;
    try {
      mode = statSync(path).mode & 0o7777;
    } catch {
      mkdirSync(dirname(path), { recursive: true });
    }
    writeFileSync(temporary, text, { mode, flag: "wx" });
    chmodSync(temporary, mode); // the umask narrowed what writeFileSync created
    renameSync(temporary, path);
  } catch (error) {
    unlinkQuietly(temporary);
    throw new FileError(
      `--mock-state: cannot save ${path}: ${describeFsError(error)}; this run's changes were not kept`,
    );
  }
}
