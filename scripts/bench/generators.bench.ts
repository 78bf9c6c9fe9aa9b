/**
 * How long generating every package takes, against openapi-typescript alone on the same spec, in the
 * same process, interleaved round by round. Run on the devices spec and on copies of it 5, 20 and 27
 * times its size (27 copies give as many paths, 972, as the whole Cloudflare API's 965).
 *
 *   pnpm --filter @zt-devices/scripts bench
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import openapiTS, { astToString } from "openapi-typescript";
import { GENERATOR_NAMES, generatePackage } from "../_generate-package.js";
import { type OpenApiDocument, operationsOf } from "../_openapi-document.js";
import { scaleSpec } from "./scale-spec.js";

const spec = JSON.parse(
  readFileSync(join(import.meta.dirname, "../../spec/dist/openapi.json"), "utf8"),
) as OpenApiDocument;

const median = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

async function time(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

async function measure(factor: number, rounds: number) {
  const scaled = scaleSpec(spec, factor);
  const floor: number[] = [];
  const ours: number[] = [];
  const each = new Map<string, number[]>();
  for (let round = 0; round < rounds; round++) {
    floor.push(
      await time(async () => astToString(await openapiTS(structuredClone(scaled) as never))),
    );
    let total = 0;
    for (const name of GENERATOR_NAMES) {
      const ms = await time(() => generatePackage(name, structuredClone(scaled)));
      each.set(name, [...(each.get(name) ?? []), ms]);
      total += ms;
    }
    ours.push(total);
  }
  return {
    factor,
    paths: Object.keys(scaled.paths).length,
    operations: operationsOf(scaled).length,
    floor: median(floor),
    ours: median(ours),
    each: [...each].map(([name, xs]) => `${name} ${median(xs).toFixed(0)}`).join(", "),
  };
}

const rows = [];
for (const [factor, rounds] of [
  [1, 5],
  [5, 3],
  [20, 1],
  [27, 1],
] as const) {
  const row = await measure(factor, rounds);
  rows.push(row);
  console.log(
    `${String(factor).padStart(3)}x ${String(row.paths).padStart(4)} paths ${String(row.operations).padStart(5)} ops` +
      `  openapi-typescript ${row.floor.toFixed(0).padStart(6)} ms  all generators ${row.ours.toFixed(0).padStart(6)} ms` +
      `  ratio ${(row.ours / row.floor).toFixed(2)}  (${row.each})`,
  );
}
const base = rows[0];
if (base) {
  console.log("Growth (ms per operation, all generators): ");
  for (const r of rows)
    console.log(
      `  ${r.factor}x: ${(r.ours / r.operations).toFixed(2)} ms/op (1x: ${(base.ours / base.operations).toFixed(2)})`,
    );
}
