import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * The repository's root: the nearest folder above this module holding `pnpm-workspace.yaml`. Found
 * by looking, not by counting folders, so it is the same from `scripts/` and from the bundle in
 * `scripts/dist/`.
 */
export function findRepoRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "pnpm-workspace.yaml"))) return dir;
    if (dirname(dir) === dir) throw new Error(`no pnpm-workspace.yaml above ${from}`);
  }
}

export const REPO_ROOT = findRepoRoot(import.meta.dirname);
