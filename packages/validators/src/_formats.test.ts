import { fullFormats } from "ajv-formats/dist/formats.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as formats from "./_formats.js";

type Check = (value: never) => boolean;

// ajv-formats' own function for each format this module ports.
function reference(name: string): Check {
  const entry = (fullFormats as Record<string, unknown>)[name];
  const fn = typeof entry === "function" ? entry : (entry as { validate: unknown }).validate;
  return fn as Check;
}

const PORTED: [string, Check][] = [
  ["date", formats.dateFormat],
  ["time", formats.timeFormat],
  ["date-time", formats.dateTimeFormat],
  ["iso-time", formats.isoTimeFormat],
  ["iso-date-time", formats.isoDateTimeFormat],
  ["uri", formats.uriFormat],
  ["byte", formats.byteFormat],
  ["regex", formats.regexFormat],
];

const SAMPLES = [
  "2024-02-29",
  "2023-02-29",
  "2025-13-01",
  "23:59:60Z",
  "12:00:00+01:00",
  "12:00:00",
  "2025-02-14T13:17:00Z",
  "2025-02-14t13:17:00.123+05:30",
  "2025-02-14 13:17:00",
  "2025-02-14T25:00:00Z",
  "https://example.com/a?b=c#d",
  "mailto:someone@example.com",
  "example.com",
  "aGVsbG8=",
  "aGVsbG8",
  "^[a-z]+$",
  "(unclosed",
  "\\Z",
  "",
];

describe("formats ported from ajv-formats", () => {
  it.each(PORTED)("%s agrees with ajv-formats on samples", (name, check) => {
    for (const sample of SAMPLES)
      expect(check(sample as never), sample).toBe(reference(name)(sample as never));
  });

  it.each(PORTED)("%s agrees with ajv-formats on arbitrary strings", (name, check) => {
    const pieces = fc.constantFrom(
      ...SAMPLES,
      "T",
      "Z",
      ":",
      "-",
      "+",
      "/",
      "0",
      "9",
      "://",
      "=",
      " ",
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(pieces).map((p) => p.join("")),
        ),
        (value) => {
          expect(check(value as never)).toBe(reference(name)(value as never));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it.each([
    ["int32", formats.int32Format],
    ["int64", formats.int64Format],
    ["float", formats.floatFormat],
    ["double", formats.doubleFormat],
  ] as [string, Check][])("%s agrees with ajv-formats on numbers", (name, check) => {
    const numbers = [0, 1.5, -(2 ** 31), 2 ** 31, 2 ** 31 - 1, 2 ** 53, Number.NaN];
    for (const n of numbers) expect(check(n as never), String(n)).toBe(reference(name)(n as never));
  });
});
