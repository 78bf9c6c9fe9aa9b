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
  declare readonly method: string;
  /** Path of the call. */
  declare readonly path: string;

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
  toJSON(): { name: string; message: string; method: string; path: string } {
    return { ...this, message: this.message };
  }
}

// Only a system error code is quoted (undici puts it on the cause of its TypeError): the
// messages of fetch failures can repeat header values.
function codeOf(error: unknown): string | undefined {
  type Coded = { code?: unknown; cause?: Coded } | undefined;
  const code = (error as Coded)?.cause?.code ?? (error as Coded)?.code;
  return typeof code === "string" && /^[A-Z][A-Z0-9_]+$/.test(code) ? code : undefined;
}

/**
 * An attempt took longer than its `timeoutMs` to get an answer. Retried by default; this is thrown
 * once the retries are spent.
 */
export class ApiTimeoutError extends ApiConnectionError {
  override name = "ApiTimeoutError";
  /** The per-attempt limit that was reached. */
  declare readonly timeoutMs: number;

  constructor(method: string, path: string, timeoutMs: number) {
    super(method, path, { message: `Timed out after ${timeoutMs} ms on ${method} ${path}` });
    this.timeoutMs = timeoutMs;
  }
}

/** The caller aborted the call through its `signal`. Never retried. */
export class ApiAbortError extends Error {
  override name = "ApiAbortError";
  /** HTTP method of the call. */
  declare readonly method: string;
  /** Path of the call. */
  declare readonly path: string;

  constructor(method: string, path: string, reason?: unknown) {
    super(`Request aborted on ${method} ${path}`, { cause: reason });
    this.method = method;
    this.path = path;
  }

  /** A plain summary for logs and JSON. */
  toJSON(): { name: string; message: string; method: string; path: string } {
    return { ...this, message: this.message };
  }
}

/**
 * The answer redirected the call to another origin, which would receive the credentials and the
 * body; or it redirected too often. Never followed, never retried. Redirects within the origin of
 * the request are followed.
 *
 * @example
 * ```ts
 * try {
 *   await zt.posture.list();
 * } catch (error) {
 *   if (error instanceof ApiRedirectError) console.error(error.message);
 *   // Refused a 302 redirect to another origin (https://elsewhere.example) on GET /accounts/{account_id}/devices/posture
 * }
 * ```
 */
export class ApiRedirectError extends Error {
  override name = "ApiRedirectError";
  /** HTTP method of the call. */
  declare readonly method: string;
  /** Path of the call. */
  declare readonly path: string;
  /** Status of the redirect. */
  declare readonly status: number;

  constructor(method: string, path: string, status: number, reason: string) {
    super(`Refused a ${status} redirect ${reason} on ${method} ${path}`);
    this.method = method;
    this.path = path;
    this.status = status;
  }

  /** A plain summary for logs and JSON. */
  toJSON(): { name: string; message: string; method: string; path: string } {
    return { ...this, message: this.message };
  }
}
