import { describe, expect, it } from "vitest";
import { retryAfterMs } from "./retry-after.js";

const NOW = Date.parse("2025-06-01T12:00:00Z");

describe("retryAfterMs", () => {
  const cases: { given: Record<string, string>; want: number | undefined }[] = [
    { given: {}, want: undefined },
    { given: { "retry-after": "3" }, want: 3000 },
    { given: { "retry-after": "0.5" }, want: 500 },
    { given: { "retry-after": "Sun, 01 Jun 2025 12:00:07 GMT" }, want: 7000 },
    { given: { "retry-after": "Sun, 01 Jun 2025 11:59:00 GMT" }, want: 0 },
    { given: { "retry-after-ms": "250" }, want: 250 },
    { given: { "retry-after-ms": "250", "retry-after": "9" }, want: 250 },
    { given: { "retry-after-ms": "soon", "retry-after": "2" }, want: 2000 },
    { given: { "retry-after": "-4" }, want: undefined },
    { given: { "retry-after": "whenever" }, want: undefined },
    { given: { "retry-after": "" }, want: undefined },
  ];
  it.each(cases)("$given -> $want", ({ given, want }) => {
    expect(retryAfterMs(new Headers(given), NOW)).toBe(want);
  });
});
