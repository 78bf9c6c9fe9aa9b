/**
 * Regenerates packages' `*.gen.ts` files from the bundled spec (`spec/dist/openapi.json`).
 *
 *   node scripts/dist/generate.js <package...|all> [--check] [--spec <file>] [--out <dir>]
 *
 * (the bundle `pnpm build` makes of this file; `node --import tsx/esm scripts/generate.ts` runs the
 * sources the same way, only slower to start).
 * With `--check`, nothing is written: the files are generated in memory, compared with the ones on
 * disk, and any difference fails the run with a summary of what changed. `--spec` reads another
 * bundled spec; `--out` writes under another folder instead of the repository (no reports).
 * Several packages in one run share one process and one formatter pass.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describeDifference } from "./_describe-difference.js";
import { DEFAULT_SPEC, parseArgs, USAGE } from "./_generate-args.js";
import { generatePackages, type PackageResult } from "./_generate-package.js";
import type { OpenApiDocument } from "./_openapi-document.js";
import { REPO_ROOT } from "./_repo-root.js";

const root = REPO_ROOT;

async function main(args: string[]): Promise<number> {
  const options = parseArgs(args);
  if (typeof options === "string") {
    console.error(`generate: ${options}\n${USAGE}`);
    return 2;
  }
  const started = performance.now();
  let spec: OpenApiDocument;
  try {
    spec = JSON.parse(readFileSync(options.spec, "utf8"));
  } catch (error) {
    const shown = relative(root, options.spec);
    console.error(
      `cannot read the bundled spec ${shown.startsWith("..") ? options.spec : shown}: ${(error as Error).message}`,
    );
    if (options.spec === DEFAULT_SPEC)
      console.error("run `pnpm --filter @zt-devices/spec bundle` first");
    return 1;
  }
  const results = await generatePackages(options.names, spec);
  const target = options.out ?? root;
  let failed = false;
  for (const result of results) {
    const stale = result.files.filter((f) => read(join(target, f.path)) !== f.contents);
    if (options.check) failed = !reportCheck(result, stale) || failed;
    else write(result, stale, target, options.out === undefined);
  }
  if (results.length > 1)
    console.log(`${results.length} packages in ${Math.round(performance.now() - started)} ms`);
  if (failed) console.error("run `pnpm generate` and commit the result");
  return failed ? 1 : 0;
}

function reportCheck(result: PackageResult, stale: PackageResult["files"]): boolean {
  const { name, files } = result;
  if (stale.length === 0) {
    console.log(
      `${name}: ${files.length} generated files match the spec (${Math.round(result.ms)} ms)`,
    );
    return true;
  }
  console.error(
    `${name}: ${stale.length} of ${files.length} generated files differ from what the spec gives:`,
  );
  for (const f of stale)
    console.error(describeDifference(f.path, read(join(root, f.path)), f.contents));
  return false;
}

function write(
  result: PackageResult,
  stale: PackageResult["files"],
  target: string,
  report: boolean,
) {
  const { name, files } = result;
  const ms = Math.round(result.ms);
  for (const f of stale) writeAtomically(join(target, f.path), f.contents);
  if (report) {
    const summary = {
      package: name,
      counts: result.counts,
      files: files.length,
      changed: stale.length,
      ms,
    };
    writeAtomically(
      join(root, "packages", name, ".generate-report.json"),
      `${JSON.stringify(summary)}\n`,
    );
  }
  const counts = Object.entries(result.counts).map(([k, v]) => `${v} ${k}`);
  console.log(
    `${name}: ${[...counts, `${files.length} files (${stale.length} changed)`].join(", ")} in ${ms} ms`,
  );
}

function read(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

/** Writes beside the target and renames, so an interrupted run never leaves half a file. */
function writeAtomically(path: string, contents: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, path);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`generate failed: ${error.message}`);
    process.exit(1);
  },
);
