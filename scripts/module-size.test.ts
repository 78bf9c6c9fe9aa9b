import { describe, expect, it } from "vitest";
import { lineCount, longModules, MAX_MODULE_LINES } from "./module-size.js";
import { REPO_ROOT } from "./repo-root.js";

describe("lineCount", () => {
  it.each([
    { text: "", want: 0 },
    { text: "one", want: 0 },
    { text: "one\n", want: 1 },
    { text: "one\ntwo", want: 1 },
    { text: "one\n\nthree\n", want: 3 },
  ])("counts line breaks as wc -l does: $text", ({ text, want }) => {
    expect(lineCount(text)).toBe(want);
  });
});

describe("module size", () => {
  it(`keeps every hand-written TypeScript module, tests included, within ${MAX_MODULE_LINES} lines`, () => {
    const offenders = longModules(REPO_ROOT).map((m) => `${m.path}: ${m.lines} lines`);
    expect(offenders, `modules over ${MAX_MODULE_LINES} lines`).toEqual([]);
  });

  it("finds a module over a limit, and the longest first", () => {
    const found = longModules(REPO_ROOT, 100);
    expect(found.map((m) => m.path)).toContain("scripts/generators/cli/group-modules.ts");
    const lines = found.map((m) => m.lines);
    expect(lines).toEqual([...lines].sort((a, b) => b - a));
    expect(found.every((m) => m.lines > 100)).toBe(true);
  });
});
