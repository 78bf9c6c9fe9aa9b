import { describeFsError, FileError } from "../mock/fs-error.js";

/** The one line for output that could not be written (a full disk, a closed terminal). */
export function outputError(error: unknown): FileError {
  return new FileError(`cannot write the output: ${describeFsError(error)}`);
}
