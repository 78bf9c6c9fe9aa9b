import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { equal } from "./_equal.js";

describe("equal", () => {
  it.each([
    { a: { x: [1, { y: null }] }, b: { x: [1, { y: null }] }, want: true },
    { a: { x: 1 }, b: { x: 1, y: undefined }, want: false },
    { a: [1, 2], b: { 0: 1, 1: 2 }, want: false },
    { a: Number.NaN, b: Number.NaN, want: true },
    { a: "1", b: 1, want: false },
    { a: null, b: {}, want: false },
  ])("$a vs $b", ({ a, b, want }) => expect(equal(a, b)).toBe(want));

  it("says a JSON value equals its copy and differs from a changed one", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(equal(value, structuredClone(value))).toBe(true);
        expect(equal({ v: value }, { v: value, extra: 1 })).toBe(false);
      }),
    );
  });
});
