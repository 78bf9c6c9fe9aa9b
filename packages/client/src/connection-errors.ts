/**
 * The request got no answer: DNS, TCP or TLS failure, a reset connection, or a `fetch` that threw.
 * Retried by default. The underlying error is the `cause`.
 *
 * @example
 * ```ts
 * try {
 *   await zt.posture.list();
 * } catch (error) {
 *   if (error instanceof ApiConnectionError) console.error("network trouble:", error.message);
 * }
 * ```
 */
export class ApiConnectionError extends Error {
  override name = "ApiConnectionError";
  /** HTTP method of the call. */
  readonly method: string;
  /** Path of the call. */
  readonly path: string;

  constructor(method: string, path: string, options?: { cause?: unknown; message?: string }) {
    const cause = options?.cause;
    const code = codeOf(cause);
    super(options?.message ?? `Connection error on ${method} ${path}${code ? ` (${code})` : ""}`, {
      cause,
    });
    this.method = method;
    this.path = path;
  }

  /** A plain summary for logs and JSON. */
  toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message, method: this.method, path: this.path };
  }
}

// Only the system error code is quoted: the messages of fetch failures can repeat header values.
function codeOf(error: unknown): string | undefined {
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 3; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && /^[A-Z][A-Z0-9_]*$/.test(code)) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * An attempt took longer than its `timeoutMs` to get an answer. Retried by default; this is thrown
 * once the retries are spent.
 */
export class ApiTimeoutError extends ApiConnectionError {
  override name = "ApiTimeoutError";
  /** The per-attempt limit that was reached. */
  readonly timeoutMs: number;

  constructor(method: string, path: string, timeoutMs: number) {
    super(method, path, { message: `Timed out after ${timeoutMs} ms on ${method} ${path}` });
    this.timeoutMs = timeoutMs;
  }
}

/** The caller aborted the call through its `signal`. Never retried. */
export class ApiAbortError extends Error {
  override name = "ApiAbortError";
  /** HTTP method of the call. */
  readonly method: string;
  /** Path of the call. */
  readonly path: string;

  constructor(method: string, path: string, reason?: unknown) {
    super(`Request aborted on ${method} ${path}`, { cause: reason });
    this.method = method;
    this.path = path;
  }

  /** A plain summary for logs and JSON. */
  toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message, method: this.method, path: this.path };
  }
}
