/**
 * The wait a response asks for before the next attempt, in milliseconds: `retry-after-ms`, else
 * `retry-after` as seconds or as an HTTP-date. `undefined` when absent or unreadable; never negative.
 *
 * @example
 * ```ts
 * retryAfterMs(new Headers({ "retry-after": "2" })); // 2000
 * ```
 */
export function retryAfterMs(headers: Headers, now: number = Date.now()): number | undefined {
  const ms = Number(headers.get("retry-after-ms") ?? Number.NaN);
  if (ms >= 0) return ms;
  const value = headers.get("retry-after") ?? "";
  // Seconds, or an HTTP-date (which always names its day and month: "-4" is not the year -4).
  const wait = /^\s*\d+(\.\d+)?\s*$/.test(value)
    ? Number(value) * 1000
    : /[a-z]/i.test(value)
      ? Date.parse(value) - now
      : Number.NaN;
  return Number.isNaN(wait) ? undefined : Math.max(0, wait);
}
