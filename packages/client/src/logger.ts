/** Where the client writes its log lines: `console` fits, and so do pino, winston and consola. */
export interface Logger {
  error(message: string, ...rest: unknown[]): void;
  warn(message: string, ...rest: unknown[]): void;
  info(message: string, ...rest: unknown[]): void;
  debug(message: string, ...rest: unknown[]): void;
}

/**
 * How much the client logs: `debug` each request and its answer, `info` each retry, `warn` a
 * write left unretried because the server may have applied it; `off` nothing. Lines name the
 * method, URL, status and timing, never a header or a body, so never a credential.
 */
export type LogLevel = "off" | "error" | "warn" | "info" | "debug";

const RANK: Readonly<Record<LogLevel, number>> = { off: 0, error: 1, warn: 2, info: 3, debug: 4 };

/** The logger's methods at or above `level`; the others are absent, so a call costs a check. */
export type Log = Partial<Logger>;

/**
 * Keeps the methods of `logger` that `level` lets through. Refuses an unknown level by name.
 *
 * @example
 * ```ts
 * const log = levelled(console, "info");
 * log.debug?.("not printed");
 * ```
 */
export function levelled(logger: Logger, level: LogLevel): Log {
  if (!Object.hasOwn(RANK, level)) {
    throw new TypeError(`logLevel must be one of ${Object.keys(RANK).join(", ")}; got ${level}`);
  }
  const rank = RANK[level];
  const log: Log = {};
  for (const name of ["error", "warn", "info", "debug"] as const) {
    if (RANK[name] <= rank) log[name] = logger[name].bind(logger);
  }
  return log;
}
