import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

// Tests run where nothing sits beside the repository (a fresh clone, CI), so no test file may name
// the shared folder some checkouts have next to them. The patterns are assembled so this file does
// not match itself.
const shared = "shared";
const OUTSIDE = [
  new RegExp(`\\.\\./${shared}\\b`),
  new RegExp(`/work/${shared}\\b`),
  new RegExp(`["'\`]\\.\\.["'\`]\\s*,\\s*["'\`]${shared}["'\`]`),
];

/** The lines of a file that name the shared folder beside the repository. */
function outsideReferences(text: string): string[] {
  return text.split("\n").filter((line) => OUTSIDE.some((pattern) => pattern.test(line)));
}

const ROOT = join(import.meta.dirname, "../..");
const SKIP = new Set(["node_modules", "dist", ".git", ".turbo", "coverage", ".tmp"]);
const isTestFile = (path: string) =>
  /\.(test|test-d|bench)\.[cm]?[jt]s$|(^|\/)vitest\.config\.[cm]?[jt]s$/.test(path) ||
  /(^|\/)tests?\//.test(path);

/** Every test file of the repository (tests, type tests, benchmarks, test folders' helpers). */
function testFiles(dir = ROOT): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIP.has(entry.name)) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return /\.[cm]?[jt]s$/.test(entry.name) && isTestFile(relative(ROOT, path)) ? [path] : [];
  });
}

describe("no test reads outside the repository", () => {
  it.each([
    { given: `const seeds = join(here, "../../../${shared}/seeds");`, want: 1 },
    { given: `readFileSync("/work/${shared}/STYLE.md")`, want: 1 },
    { given: `join(root, "..", "${shared}", "seeds")`, want: 1 },
    { given: `join(root, '..', '${shared}')`, want: 1 },
    { given: `import { x } from "./_${shared}-helpers.js";`, want: 0 },
    { given: `const sharedSeeds = readReferenceExtract();`, want: 0 },
  ])("finds $want reference(s) in $given", ({ given, want }) => {
    expect(outsideReferences(given)).toHaveLength(want);
  });

  it("finds the test files, this one among them", () => {
    const files = testFiles().map((f) => relative(ROOT, f));
    expect(files).toContain("spec/test/outside-reads.test.ts");
    expect(files).toContain("spec/test/fidelity.test.ts");
    expect(files).toContain("spec/scripts/reference-extract.test.ts");
    expect(files.filter((f) => f.includes("node_modules"))).toEqual([]);
  });

  it("holds for every test file", () => {
    const found = testFiles().flatMap((file) =>
      outsideReferences(readFileSync(file, "utf8")).map(
        (line) => `${relative(ROOT, file)}: ${line.trim()}`,
      ),
    );
    expect(found).toEqual([]);
  });
});
