import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { GeneratedFile } from "./_generated-file.js";

const require = createRequire(import.meta.url);
const biomeBin = join(dirname(require.resolve("@biomejs/biome/package.json")), "bin", "biome");
const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * Formats generated TypeScript with the repository's Biome settings, so that what the generators
 * emit is exactly what `biome format` would leave (and `generate:check` compares like with like).
 * All files go through one Biome process: starting one per file costs more than the formatting.
 */
export function formatTypeScriptFiles(files: GeneratedFile[]): GeneratedFile[] {
  const ts = files.filter((f) => f.path.endsWith(".ts"));
  if (ts.length === 0) return files;
  // Inside the repository so that Biome finds biome.json; the version control integration is off
  // for this run, so the folder being git-ignored does not hide it from Biome.
  mkdirSync(join(root, ".tmp"), { recursive: true });
  const work = mkdtempSync(join(root, ".tmp", "format-"));
  try {
    for (const [i, f] of ts.entries()) writeFileSync(join(work, `${i}.ts`), f.contents);
    const result = spawnSync(
      process.execPath,
      [
        biomeBin,
        "format",
        "--write",
        "--vcs-enabled=false",
        "--files-max-size=268435456",
        "--max-diagnostics=20",
        work,
      ],
      { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
    );
    if (result.status !== 0) {
      throw new Error(
        `biome could not format the generated files:\n${result.stderr || result.stdout}`,
      );
    }
    const formatted = new Map(ts.map((f, i) => [f, readFileSync(join(work, `${i}.ts`), "utf8")]));
    return files.map((f) => ({ path: f.path, contents: formatted.get(f) ?? f.contents }));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Formats one generated TypeScript file (see formatTypeScriptFiles). */
export function formatTypeScript(path: string, contents: string): string {
  return formatTypeScriptFiles([{ path, contents }])[0]?.contents ?? contents;
}
