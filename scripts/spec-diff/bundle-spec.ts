import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CliError } from "./cli-error.js";
import { ExecError } from "./exec.js";
import { runRedocly } from "./run-redocly.js";

/**
 * Bundles the `openapi.yaml` in `specDir` (with the `$ref`s into the files beside it) into one
 * document the way `pnpm --filter @zt-devices/spec bundle` does, and returns it parsed.
 * `label` names the spec in errors, e.g. "spec/openapi.yaml at HEAD~1".
 */
export async function bundleSpec(specDir: string, label: string): Promise<unknown> {
  if (!existsSync(join(specDir, "openapi.yaml"))) throw new CliError(`${label} does not exist`);
  const out = await mkdtemp(join(tmpdir(), "spec-diff-bundle-"));
  const file = join(out, "openapi.json");
  try {
    let stderr: string;
    try {
      ({ stderr } = await runRedocly(
        ["bundle", "openapi.yaml", "--ext", "json", "-o", file],
        specDir,
      ));
    } catch (error) {
      if (!(error instanceof ExecError)) throw error;
      stderr = error.stderr;
    }
    // Redocly exits 0 without writing the bundle when a $ref does not resolve.
    if (!existsSync(file))
      throw new CliError(`could not bundle ${label}:\n${withoutBanners(stderr)}`, 1);
    return JSON.parse(await readFile(file, "utf8"));
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

function withoutBanners(stderr: string): string {
  return stderr
    .split("\n")
    .filter((line) => !/[║╔╚]/.test(line))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
