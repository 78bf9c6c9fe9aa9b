import { describe, expect, it } from "vitest";
import { leadingWords } from "./leading-words.js";

describe("leadingWords", () => {
  const cases = [
    { given: ["posture", "list"], want: { words: ["posture", "list"], rest: [] } },
    {
      given: ["--mock", "posture", "list", "--json"],
      want: { words: ["posture", "list"], rest: ["--mock", "--json"] },
    },
    {
      given: ["--account-id", "acc", "posture", "list"],
      want: { words: ["posture", "list"], rest: ["--account-id", "acc"] },
    },
    {
      given: ["posture", "create", "--name", "Disk", "extra"],
      want: { words: ["posture", "create"], rest: ["--name", "Disk", "extra"] },
    },
    {
      given: ["posture", "list", "--json", "stray"],
      want: { words: ["posture", "list", "stray"], rest: ["--json"] },
    },
    { given: ["-h", "posture"], want: { words: ["posture"], rest: ["-h"] } },
    { given: ["--version"], want: { words: [], rest: ["--version"] } },
    { given: ["x", "--", "y"], want: { words: ["x"], rest: ["--", "y"] } },
  ];
  it.each(cases)("$given", ({ given, want }) => expect(leadingWords(given)).toEqual(want));
});
