import { describe, expect, it } from "vitest";
import { ucs2length } from "./_ucs2length.js";

describe("ucs2length", () => {
  it.each([
    { given: "", want: 0 },
    { given: "abc", want: 3 },
    { given: "😀", want: 1 },
    { given: "a😀b", want: 3 },
    { given: "\ud83d", want: 1 },
    { given: "\ud83dx", want: 2 },
    { given: "\udc00", want: 1 },
    { given: "x".repeat(101), want: 101 },
    { given: `${"é".repeat(50)}😀${"😀".repeat(50)}`, want: 101 },
  ])("$given has $want code points", ({ given, want }) => expect(ucs2length(given)).toBe(want));
});
