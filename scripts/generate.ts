/**
 * Regenerates packages' `*.gen.ts` files from the bundled spec (`spec/dist/openapi.json`).
 *
 *   node scripts/dist/generate.js <package...|all> [--check] [--spec <file>] [--out <dir>]
 *
 * (the bundle `pnpm build` makes of this file; `node --import tsx/esm scripts/generate.ts` runs the
 * sources the same way, only slower to start).
 * With `--check`, nothing is written: the files are generated in memory, compared with the ones on
 * disk, and any difference fails the run with a summary of what changed: a file that differs, one
 * that is missing, or a `*.gen.ts` left in a generated folder that no generator writes any more
 * (which a run without `--check` deletes). `--spec` reads another bundled spec; `--out` writes
 * under (or, with `--check`, compares with) another folder instead of the repository (no reports).
 * Several packages in one run share one process; the types are generated in a worker thread
 * beside the others. Changed files are written only once every generator has succeeded.
 */
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describeDifference, describeLeftover } from "./generate/describe-difference.js";
import {
  answerInWorker,
  generateInWorker,
  isGenerateWorker,
} from "./generate/generate-in-worker.js";
import { generatePackages, type PackageResult } from "./generate/generate-packages.js";
import type { GeneratedFile } from "./generate/generated-file.js";
import { leftoverFiles } from "./generate/leftover-files.js";
import { DEFAULT_SPEC, parseArgs, USAGE } from "./generate/parse-args.js";
import { StagedWrites } from "./generate/staged-writes.js";
import type { OpenApiDocument } from "./model/document.js";
import { REPO_ROOT } from "./repo-root.js";

/**
 * The types generator (openapi-typescript: most of the work on any spec) runs in a worker thread
 * while the others run here and their files are staged; everything is moved into place at the end.
 */
const IN_WORKER = ["types"];

/** A generated file that differs from what is on disk (`before`: undefined when there is none). */
interface StaleFile extends GeneratedFile {
  before: string | undefined;
}

/** One package's run: its result, the files that differ, and the leftover `*.gen.ts` files. */
interface Outcome {
  result: PackageResult;
  stale: StaleFile[];
  leftover: string[];
}

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
    const shown = relative(REPO_ROOT, options.spec);
    console.error(
      `cannot read the bundled spec ${shown.startsWith("..") ? options.spec : shown}: ${(error as Error).message}`,
    );
    if (options.spec === DEFAULT_SPEC)
      console.error("run `pnpm --filter @zt-devices/spec bundle` first");
    return 1;
  }
  const { names } = options;
  const elsewhere = names.length > 1 ? names.filter((n) => IN_WORKER.includes(n)) : [];
  const there =
    elsewhere.length > 0
      ? generateInWorker(new URL(import.meta.url), elsewhere, options.spec)
      : Promise.resolve([]);
  // Handled now so that a failure here does not leave the worker's rejection unhandled.
  there.catch(() => {});
  const target = options.out ?? REPO_ROOT;
  const staged = new StagedWrites();
  const done = new Map<string, Outcome>();
  const take = (result: PackageResult) => {
    const stale = result.files
      .map((f) => ({ ...f, before: read(join(target, f.path)) }))
      .filter((f) => f.before !== f.contents);
    const leftover = leftoverFiles(target, result.files);
    done.set(result.name, { result, stale, leftover });
    if (options.check) return;
    for (const f of stale) staged.stage(join(target, f.path), f.contents);
    for (const path of leftover) staged.remove(join(target, path));
    if (options.out === undefined) {
      staged.stage(
        join(REPO_ROOT, "packages", result.name, ".generate-report.json"),
        `${JSON.stringify(reportOf(result, stale, leftover))}\n`,
      );
    }
  };
  try {
    for (const name of names.filter((n) => !elsewhere.includes(n)))
      for (const result of await generatePackages([name], spec)) take(result);
    for (const result of await there) take(result);
  } catch (error) {
    staged.discard();
    throw error;
  }
  staged.commit();
  let failed = false;
  for (const name of names) {
    const outcome = done.get(name) as Outcome;
    if (options.check) failed = !reportCheck(outcome) || failed;
    else reportWrite(outcome);
  }
  if (names.length > 1)
    console.log(`${names.length} packages in ${Math.round(performance.now() - started)} ms`);
  if (failed) console.error("run `pnpm generate` and commit the result");
  return failed ? 1 : 0;
}

function reportCheck({ result, stale, leftover }: Outcome): boolean {
  const { name, files } = result;
  if (stale.length === 0 && leftover.length === 0) {
    console.log(
      `${name}: ${files.length} generated files match the spec (${Math.round(result.ms)} ms)`,
    );
    return true;
  }
  if (stale.length > 0)
    console.error(
      `${name}: ${stale.length} of ${files.length} generated files differ from what the spec gives:`,
    );
  for (const f of stale) console.error(describeDifference(f.path, f.before, f.contents));
  if (leftover.length > 0)
    console.error(`${name}: ${leftover.length} .gen.ts files are no longer generated:`);
  for (const path of leftover) console.error(describeLeftover(path));
  return false;
}

/** What `pnpm build`'s summary reads of each package (`.generate-report.json`). */
function reportOf(result: PackageResult, stale: GeneratedFile[], leftover: string[]) {
  return {
    package: result.name,
    counts: result.counts,
    files: result.files.length,
    changed: stale.length,
    removed: leftover.length,
    ms: Math.round(result.ms),
  };
}

function reportWrite({ result, stale, leftover }: Outcome): void {
  const counts = Object.entries(result.counts).map(([k, v]) => `${v} ${k}`);
  const removed = leftover.length > 0 ? `, ${leftover.length} removed` : "";
  const files = `${result.files.length} files (${stale.length} changed${removed})`;
  console.log(`${result.name}: ${[...counts, files].join(", ")} in ${Math.round(result.ms)} ms`);
}

function read(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

if (isGenerateWorker()) {
  await answerInWorker();
} else {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: Error) => {
      console.error(`generate failed: ${error.message}`);
      process.exit(1);
    },
  );
}
