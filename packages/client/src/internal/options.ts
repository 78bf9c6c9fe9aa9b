/**
 * Checks a count option (`timeoutMs`, `maxRetries`, `maxPages`) the same way wherever it is given,
 * to `createClient` or to one call: a whole number at least `min`, or `fallback` when absent.
 */
export function wholeNumber(
  name: string,
  value: number | undefined,
  fallback: number,
  min = 0,
): number {
  if (value === undefined) return fallback;
  if (!(Number.isSafeInteger(value) && value >= min)) {
    throw new TypeError(`${name} must be a whole number >= ${min}; got ${String(value)}`);
  }
  return value;
}
