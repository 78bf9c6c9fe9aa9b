const WHY: Readonly<Record<string, string>> = {
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EISDIR: "it is a directory",
  ENOTDIR: "a part of its path is not a directory",
  ENOSPC: "no space left on the device",
  EDQUOT: "disk quota exceeded",
  EROFS: "the file system is read-only",
  EIO: "input/output error",
  ENAMETOOLONG: "the name is too long",
  ELOOP: "too many symbolic links",
  EMFILE: "too many open files",
};

/** What a file system error means, in words and with its code: `no space left on the device (ENOSPC)`. */
export function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string") return `${WHY[code] ?? "system error"} (${code})`;
  return error instanceof Error ? error.message : String(error);
}

/**
 * A local file or the output could not be written after the request was made: one line, exit 1.
 * (What is found wrong before anything is sent is a `UsageError`, exit 2.)
 */
export class FileError extends Error {
  override name = "FileError";
}
