import { execFileSync } from "node:child_process";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { handWrittenModules, lineCount, longModules, MAX_MODULE_LINES } from "./module-size.js";
import { REPO_ROOT } from "./repo-root.js";

const SCRIPTS = join(REPO_ROOT, "scripts");

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

describe("the module-size check's cache key", () => {
  // turbo replays the scripts package's tests from cache while none of the task's inputs changed:
  // a module the check reads but the task does not hash could grow past the limit unseen.
  it("hashes every module the check reads into the scripts tests' inputs", () => {
    const dry = execFileSync(
      "pnpm",
      ["exec", "turbo", "run", "test", "--filter=@zt-devices/scripts", "--dry=json"],
      { cwd: REPO_ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
    );
    const task = (JSON.parse(dry) as DryRun).tasks.find(
      (t) => t.taskId === "@zt-devices/scripts#test",
    );
    const hashed = new Set(
      Object.keys(task?.inputs ?? {}).map((input) => relative(REPO_ROOT, join(SCRIPTS, input))),
    );
    const unhashed = handWrittenModules(REPO_ROOT).filter((path) => !hashed.has(path));
    expect(unhashed, "modules the scripts tests' turbo inputs leave out").toEqual([]);
  }, 60_000);
});

/** What `turbo run --dry=json` tells of each task: its id and the files hashed into its key. */
interface DryRun {
  tasks: { taskId: string; inputs: Record<string, string> }[];
}
