/** Backoff settings; the defaults follow the official SDK. */
export interface RetryPolicy {
  /** First backoff, before jitter. Default 500 ms. */
  initialDelayMs: number;
  /** Largest computed backoff, before jitter. Default 8 s. */
  maxDelayMs: number;
  /** Largest wait taken from a `Retry-After` header. Default 60 s. */
  maxRetryAfterMs: number;
}

/** The backoff used unless a client is given another. */
export const defaultRetryPolicy: RetryPolicy = {
  initialDelayMs: 500,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 60_000,
};

/**
 * Whether a response status is worth another attempt: 408, 409, 429 and every 5xx. Other 4xx
 * answers would fail the same way again.
 */
export function isRetryableStatus(status: number): boolean {
  return status >= 500 || status === 408 || status === 409 || status === 429;
}

/**
 * How long to wait before retry number `retry` (0 for the first retry): the server's
 * `Retry-After` when it gave one (capped at `maxRetryAfterMs`), else exponential backoff with up to
 * 25% jitter so that many clients failing together do not retry together.
 *
 * @example
 * ```ts
 * retryDelay(2, undefined); // between 1500 and 2000 ms
 * ```
 */
export function retryDelay(
  retry: number,
  retryAfter: number | undefined,
  policy: RetryPolicy = defaultRetryPolicy,
): number {
  if (retryAfter !== undefined) return Math.min(retryAfter, policy.maxRetryAfterMs);
  const backoff = Math.min(policy.initialDelayMs * 2 ** retry, policy.maxDelayMs);
  return backoff * (1 - Math.random() * 0.25);
}
