import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** The most lines a TypeScript module of the repository may have, hand-written or generated. */
export const MAX_MODULE_LINES = 300;

/** The lines of a text as `wc -l` counts them: one per line break. */
export function lineCount(text: string): number {
  let count = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) count++;
  return count;
}

/** A module over the limit: its path from the repository root and its lines. */
export interface LongModule {
  path: string;
  lines: number;
}

/**
 * The TypeScript modules of the repository (`.ts`, `.mts`, `.cts`, `.tsx`; tracked, or new and not
 * ignored, as git lists them) over `max` lines, longest first.
 */
export function longModules(root: string, max: number = MAX_MODULE_LINES): LongModule[] {
  const listed = execFileSync(
    "git",
    [
      "ls-files",
      "-z",
      "--cached",
      "--others",
      "--exclude-standard",
      "--",
      "*.ts",
      "*.mts",
      "*.cts",
      "*.tsx",
    ],
    { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  const paths = [...new Set(listed.split("\0").filter((p) => p !== ""))];
  return paths
    .filter((path) => existsSync(join(root, path)))
    .map((path) => ({ path, lines: lineCount(readFileSync(join(root, path), "utf8")) }))
    .filter((m) => m.lines > max)
    .sort((a, b) => b.lines - a.lines || (a.path < b.path ? -1 : 1));
}
