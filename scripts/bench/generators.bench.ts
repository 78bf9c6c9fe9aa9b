/**
 * How long generating every package takes, against openapi-typescript alone on the same spec,
 * interleaved round by round, in two ways:
 *
 * - command: `openapi-typescript <spec> -o <file>` against `node scripts/dist/generate.js all
 *   --spec <spec> --out <dir>`, each a fresh process, as a developer runs them (this is how other
 *   generators' times are usually compared);
 * - in process: openapi-typescript's function against `generatePackages`, warm, after one
 *   unmeasured round: the work itself, without start-up.
 *
 * Run on the devices spec and on copies of it 5, 20 and 27 times its size (27 copies give as many
 * paths, 972, as the whole Cloudflare API's 965).
 *
 * Then, when a foreign spec is at hand (its file in `ZT_FOREIGN_SPEC`, e.g. Cloudflare's whole
 * published OpenAPI, which only some machines have): the same command against openapi-typescript
 * on it, and every package it generates type-checked; both are goals beside the others.
 *
 *   pnpm --filter @zt-devices/scripts bench [--factors 1,5,20,27]
 *
 * The goals of `decisions/generator-speed.md` (bench/generator-goals.ts) are checked at the end:
 * the run exits non-zero while any is missed.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import openapiTS, { astToString } from "openapi-typescript";
import { GENERATOR_NAMES, generatePackages } from "../generate/generate-packages.js";
import type { OpenApiDocument } from "../model/document.js";
import { readModel } from "../model/read-model.js";
import { checkForeignSpec } from "./foreign-typecheck.js";
import { type ForeignRow, foreignSpecGoals, generatorGoals } from "./generator-goals.js";
import { median, reportGoals } from "./goals.js";
import { scaleSpec } from "./scale-spec.js";

const require = createRequire(import.meta.url);
const here = import.meta.dirname;
const spec = JSON.parse(
  readFileSync(join(here, "../../spec/dist/openapi.json"), "utf8"),
) as OpenApiDocument;
const otsCli = join(dirname(require.resolve("openapi-typescript/package.json")), "bin/cli.js");
// The bundle `pnpm build` makes (the bench script makes it first), as the packages' scripts run it.
const generate = join(here, "../dist/generate.js");

async function time(run: () => unknown): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, {
    cwd: here,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(" ")} failed:\n${result.stderr || result.stdout}`);
}

const rounds = (factor: number) => (factor === 1 ? 5 : factor <= 5 ? 3 : 1);

async function commandLine(scaled: OpenApiDocument, factor: number, packages = ["all"]) {
  const work = mkdtempSync(join(tmpdir(), "zt-bench-generate-"));
  try {
    const specFile = join(work, "openapi.json");
    writeFileSync(specFile, JSON.stringify(scaled));
    const floor: number[] = [];
    const ours: number[] = [];
    for (let round = 0; round < rounds(factor); round++) {
      floor.push(
        await time(() => run(process.execPath, [otsCli, specFile, "-o", join(work, "ots.ts")])),
      );
      ours.push(
        await time(() =>
          run(process.execPath, [
            generate,
            ...packages,
            "--spec",
            specFile,
            "--out",
            join(work, `out-${round}`),
          ]),
        ),
      );
    }
    return { floor: median(floor), ours: median(ours) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function inProcess(scaled: OpenApiDocument, factor: number) {
  const floor: number[] = [];
  const ours: number[] = [];
  const each = new Map<string, number[]>();
  for (let round = -1; round < rounds(factor); round++) {
    const f = await time(async () =>
      astToString(await openapiTS(structuredClone(scaled) as never)),
    );
    let results: Awaited<ReturnType<typeof generatePackages>> = [];
    const o = await time(async () => {
      results = await generatePackages(GENERATOR_NAMES, scaled);
    });
    if (round < 0) continue; // warm-up
    floor.push(f);
    ours.push(o);
    for (const r of results) each.set(r.name, [...(each.get(r.name) ?? []), r.ms]);
  }
  const parts = [...each].map(([name, xs]) => `${name} ${median(xs).toFixed(0)}`).join(", ");
  return { floor: median(floor), ours: median(ours), parts };
}

const factorsArg = process.argv.indexOf("--factors");
const factors =
  factorsArg > 0 ? (process.argv[factorsArg + 1] ?? "").split(",").map(Number) : [1, 5, 20, 27];
if (!factors.every((f) => Number.isInteger(f) && f > 0)) {
  console.error(
    `--factors takes whole numbers above 0, separated by commas; got ${JSON.stringify(process.argv[factorsArg + 1] ?? "")}`,
  );
  process.exit(2);
}
const rows = [];
const ms = (x: number) => `${x.toFixed(0).padStart(6)} ms`;
console.log(
  "factor paths  ops | command: ots, ours, ratio | in process: ots, ours, ratio (ours by package)",
);
for (const factor of factors) {
  const scaled = scaleSpec(spec, factor);
  const cli = await commandLine(scaled, factor);
  const warm = await inProcess(scaled, factor);
  const operations = readModel(scaled).operations.length;
  const paths = Object.keys(scaled.paths).length;
  rows.push({ factor, paths, operations, cli, warm });
  console.log(
    `${`${factor}x`.padStart(5)} ${String(paths).padStart(5)} ${String(operations).padStart(4)}` +
      ` | ${ms(cli.floor)} ${ms(cli.ours)} ${(cli.ours / cli.floor).toFixed(2).padStart(5)}` +
      ` | ${ms(warm.floor)} ${ms(warm.ours)} ${(warm.ours / warm.floor).toFixed(2).padStart(5)} (${warm.parts})`,
  );
}
const base = rows[0];
if (base) {
  console.log("Growth, ms per operation (command, in process), against the first row:");
  for (const r of rows)
    console.log(
      `  ${r.factor}x: ${(r.cli.ours / r.operations).toFixed(1)} ms/op, ${(r.warm.ours / r.operations).toFixed(1)} ms/op` +
        ` (first row ${(base.cli.ours / base.operations).toFixed(1)}, ${(base.warm.ours / base.operations).toFixed(1)})`,
    );
}

// A real spec written without our extensions, when this machine has one: every package, the mocks
// building the examples it does not document (decisions/mock-examples.md).
const FOREIGN_PACKAGES = GENERATOR_NAMES;
const foreign = process.env.ZT_FOREIGN_SPEC;
let foreignRow: ForeignRow | undefined;
if (foreign === undefined || !existsSync(foreign)) {
  console.log(
    `\nNo foreign spec ${foreign === undefined ? "given" : `at ${foreign}`} (ZT_FOREIGN_SPEC names one, e.g. Cloudflare's whole OpenAPI): its goals are not checked.`,
  );
} else {
  const doc = JSON.parse(readFileSync(foreign, "utf8")) as OpenApiDocument;
  const cli = await commandLine(doc, 27, FOREIGN_PACKAGES);
  console.log(
    `\nforeign spec ${foreign}: ${Object.keys(doc.paths).length} paths; command: ots ${ms(cli.floor)}, ours ${ms(cli.ours)}`,
  );
  const checked = checkForeignSpec(foreign, FOREIGN_PACKAGES);
  console.log(
    `foreign spec: ${FOREIGN_PACKAGES.join(", ")} generated and type-checked in ${Math.round(checked.typecheckMs)} ms`,
  );
  if (!checked.ok) console.error(checked.output);
  foreignRow = { cli, typeChecks: checked.ok };
}
process.exitCode = reportGoals([...generatorGoals(rows), ...foreignSpecGoals(foreignRow)]);
