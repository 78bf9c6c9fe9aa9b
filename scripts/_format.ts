import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { GeneratedFile } from "./_generated-file.js";
import { REPO_ROOT } from "./_repo-root.js";

const require = createRequire(import.meta.url);
const biomeBin = join(dirname(require.resolve("@biomejs/biome/package.json")), "bin", "biome");
const root = REPO_ROOT;

const BIOME_ARGS = [
  biomeBin,
  "format",
  "--write",
  "--vcs-enabled=false",
  "--files-max-size=268435456",
  "--max-diagnostics=20",
];

/** A batch of files laid out for Biome, and how to read them back once it has run. */
function stage(files: GeneratedFile[]) {
  const ts = files.filter((f) => f.path.endsWith(".ts"));
  // Inside the repository so that Biome finds biome.json; the version control integration is off
  // for this run, so the folder being git-ignored does not hide it from Biome.
  mkdirSync(join(root, ".tmp"), { recursive: true });
  const work = mkdtempSync(join(root, ".tmp", "format-"));
  for (const [i, f] of ts.entries()) writeFileSync(join(work, `${i}.ts`), f.contents);
  const collect = (status: number | null, output: string): GeneratedFile[] => {
    try {
      if (status !== 0) throw new Error(`biome could not format the generated files:\n${output}`);
      const formatted = new Map(ts.map((f, i) => [f, readFileSync(join(work, `${i}.ts`), "utf8")]));
      return files.map((f) => ({ path: f.path, contents: formatted.get(f) ?? f.contents }));
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  };
  return { count: ts.length, args: [...BIOME_ARGS, work], collect };
}

/**
 * Formats generated TypeScript with the repository's Biome settings, so that what the generators
 * emit is exactly what `biome format` would leave (and `generate:check` compares like with like).
 * All files go through one Biome process: starting one per file costs more than the formatting.
 */
export function formatTypeScriptFiles(files: GeneratedFile[]): GeneratedFile[] {
  const batch = stage(files);
  if (batch.count === 0) return batch.collect(0, "");
  const result = spawnSync(process.execPath, batch.args, {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return batch.collect(result.status, result.stderr || result.stdout);
}

/** formatTypeScriptFiles in a Biome process that runs while this one goes on with other work. */
export function formatTypeScriptFilesAsync(files: GeneratedFile[]): Promise<GeneratedFile[]> {
  const batch = stage(files);
  if (batch.count === 0) return Promise.resolve(batch.collect(0, ""));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, batch.args, { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
    });
    child.on("error", reject);
    child.on("close", (status) => {
      try {
        resolve(batch.collect(status, output));
      } catch (error) {
        reject(error);
      }
    });
  });
}

/** Formats one generated TypeScript file (see formatTypeScriptFiles). */
export function formatTypeScript(path: string, contents: string): string {
  return formatTypeScriptFiles([{ path, contents }])[0]?.contents ?? contents;
}
