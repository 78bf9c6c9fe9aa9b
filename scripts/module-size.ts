import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The most lines a hand-written TypeScript module of the repository may have, and a CLI command
 * module as its generator writes it from the project's spec (a foreign spec's command that cannot
 * fit is emitted all the same). Other generated modules (`*.gen.ts`) are as long as the spec
 * makes them: openapi-typescript's declarations, a schema's validator, a table of every operation.
 */
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
 * The hand-written TypeScript modules of the repository (`.ts`, `.mts`, `.cts`, `.tsx`, tests
 * included, `*.gen.ts` left out; tracked, or new and not ignored, as git lists them), as paths from
 * the repository root.
 */
export function handWrittenModules(root: string): string[] {
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
  return paths.filter((path) => !path.endsWith(".gen.ts") && existsSync(join(root, path)));
}

/** The hand-written modules over `max` lines, longest first. */
export function longModules(root: string, max: number = MAX_MODULE_LINES): LongModule[] {
  return handWrittenModules(root)
    .map((path) => ({ path, lines: lineCount(readFileSync(join(root, path), "utf8")) }))
    .filter((m) => m.lines > max)
    .sort((a, b) => b.lines - a.lines || (a.path < b.path ? -1 : 1));
}
