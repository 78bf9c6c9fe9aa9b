import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const biomeBin = join(dirname(require.resolve("@biomejs/biome/package.json")), "bin", "biome");

/**
 * Formats generated TypeScript with the repository's Biome settings, so that what the generators
 * emit is exactly what `biome format` would leave (and `generate:check` compares like with like).
 */
export function formatTypeScript(path: string, contents: string): string {
  const result = spawnSync(process.execPath, [biomeBin, "format", `--stdin-file-path=${path}`], {
    input: contents,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new Error(`biome could not format ${path}:\n${result.stderr || result.stdout}`);
  }
  return result.stdout;
}
