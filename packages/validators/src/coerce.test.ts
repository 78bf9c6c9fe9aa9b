import { describe, expect, it } from "vitest";
import { coerce } from "./coerce.js";

const coercion = { n: "number", i: "integer", b: "boolean", list: "array:integer", tags: "array" };

describe("coerce", () => {
  it.each([
    { given: { n: "1.5", i: "-3", b: "false" }, want: { n: 1.5, i: -3, b: false } },
    { given: { n: "1e3", i: ".5" }, want: { n: 1000, i: 0.5 } },
    { given: { list: "7", tags: "a" }, want: { list: [7], tags: ["a"] } },
    { given: { list: ["1", "x"] }, want: { list: [1, "x"] } },
    { given: { n: "", b: "yes", other: "kept" }, want: { n: "", b: "yes", other: "kept" } },
    { given: { n: 4, b: true, skipped: undefined }, want: { n: 4, b: true } },
    {
      given: new URLSearchParams("tags=a&tags=b&n=2&free=x&free=y"),
      want: { tags: ["a", "b"], n: 2, free: ["x", "y"] },
    },
  ])("$given -> $want", ({ given, want }) => {
    expect(coerce(given, coercion)).toEqual(want);
  });
});
