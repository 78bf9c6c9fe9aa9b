// Backoff as in the official SDK: 0.5 s doubling up to 8 s, Retry-After honoured up to 60 s.
const INITIAL_DELAY_MS = 500;
const MAX_DELAY_MS = 8_000;
const MAX_RETRY_AFTER_MS = 60_000;

/**
 * Whether a response status is worth another attempt: 408, 409, 429 and every 5xx. Other 4xx
 * answers would fail the same way again.
 */
export function isRetryableStatus(status: number): boolean {
  return status >= 500 || status === 408 || status === 409 || status === 429;
}

/**
 * How long to wait before retry number `retry` (0 for the first retry): the server's
 * `Retry-After` when it gave one (capped at 60 s), else exponential backoff from 500 ms up to 8 s
 * with up to 25% jitter, so that many clients failing together do not retry together.
 *
 * @example
 * ```ts
 * retryDelay(2, undefined); // between 1500 and 2000 ms
 * ```
 */
export function retryDelay(retry: number, retryAfter: number | undefined): number {
  if (retryAfter !== undefined) return Math.min(retryAfter, MAX_RETRY_AFTER_MS);
  return Math.min(INITIAL_DELAY_MS * 2 ** retry, MAX_DELAY_MS) * (1 - Math.random() * 0.25);
}
