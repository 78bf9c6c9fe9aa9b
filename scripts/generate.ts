/**
 * Regenerates a package's `*.gen.ts` files from the bundled spec (`spec/dist/openapi.json`).
 *
 *   tsx scripts/generate.ts <package> [--check]
 *
 * With `--check`, nothing is written: the files are generated in memory, compared with the ones on
 * disk, and any difference fails the run with a summary of what changed.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describeDifference } from "./_describe-difference.js";
import { GENERATOR_NAMES, generatePackage } from "./_generate-package.js";
import type { OpenApiDocument } from "./_openapi-document.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

async function main(args: string[]): Promise<number> {
  const check = args.includes("--check");
  const name = args.find((a) => !a.startsWith("--"));
  if (!name || !GENERATOR_NAMES.includes(name)) {
    console.error(`usage: generate <${GENERATOR_NAMES.join("|")}> [--check]`);
    return 2;
  }
  const started = performance.now();
  const specPath = join(root, "spec/dist/openapi.json");
  let spec: OpenApiDocument;
  try {
    spec = JSON.parse(readFileSync(specPath, "utf8"));
  } catch (error) {
    console.error(
      `cannot read the bundled spec ${relative(root, specPath)}: ${(error as Error).message}`,
    );
    console.error("run `pnpm --filter @zt-devices/spec bundle` first");
    return 1;
  }
  const result = await generatePackage(name, spec);
  const files = result.files;
  const stale = files.filter((f) => read(join(root, f.path)) !== f.contents);
  const ms = Math.round(performance.now() - started);
  const counts = Object.entries(result.counts).map(([k, v]) => `${v} ${k}`);
  if (check) {
    if (stale.length === 0) {
      console.log(`${name}: ${files.length} generated files match the spec (${ms} ms)`);
      return 0;
    }
    console.error(
      `${name}: ${stale.length} of ${files.length} generated files differ from what the spec gives:`,
    );
    for (const f of stale)
      console.error(describeDifference(f.path, read(join(root, f.path)), f.contents));
    console.error(`run \`pnpm generate\` and commit the result`);
    return 1;
  }
  for (const f of stale) writeAtomically(join(root, f.path), f.contents);
  const report = {
    package: name,
    counts: result.counts,
    files: files.length,
    changed: stale.length,
    ms,
  };
  writeAtomically(
    join(root, "packages", name, ".generate-report.json"),
    `${JSON.stringify(report)}\n`,
  );
  console.log(
    `${name}: ${[...counts, `${files.length} files (${stale.length} changed)`].join(", ")} in ${ms} ms`,
  );
  return 0;
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
