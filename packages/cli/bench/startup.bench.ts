/**
 * Startup benchmark: how long `zt-devices --help` takes compared with `node -e 0`, the cost of
 * starting Node itself. Runs interleaved (one of each, in turn) so that a busy machine slows
 * both alike, and compares medians. The goal is a ratio of at most 1.3; the run exits non-zero above it.
 *
 *   pnpm --filter @zt-devices/cli bench            (after pnpm build)
 *   RUNS=60 pnpm --filter @zt-devices/cli bench
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { median, reportGoals } from "../../../scripts/bench/goals.js";
import { startupGoals } from "./startup-goals.js";

const runs = Number(process.env.RUNS ?? 40);
const main = fileURLToPath(new URL("../dist/main.js", import.meta.url));

function time(args: string[]): number {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { stdio: ["ignore", "ignore", "inherit"] });
  const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`node ${args.join(" ")} exited with ${result.status}`);
  return elapsed;
}

if (!existsSync(main)) {
  console.error("dist/main.js is missing: run `pnpm --filter @zt-devices/cli build` first");
  process.exit(1);
}
const cases = {
  "node -e 0": ["-e", "0"],
  "zt-devices --help": [main, "--help"],
  "zt-devices posture --help": [main, "posture", "--help"],
  "zt-devices posture create --help": [main, "posture", "create", "--help"],
};
const samples = Object.fromEntries(Object.keys(cases).map((name) => [name, [] as number[]]));
for (const args of Object.values(cases)) time(args);
for (let i = 0; i < runs; i++) {
  for (const [name, args] of Object.entries(cases)) samples[name]?.push(time(args));
}
const floor = median(samples["node -e 0"] as number[]);
console.log(`startup, median of ${runs} interleaved runs each:`);
for (const [name, values] of Object.entries(samples)) {
  const ms = median(values);
  console.log(
    `  ${name.padEnd(34)} ${ms.toFixed(1).padStart(7)} ms   ${(ms / floor).toFixed(2)}x node -e 0`,
  );
}
const ratio = median(samples["zt-devices --help"] as number[]) / floor;
process.exitCode = reportGoals(startupGoals({ help: ratio }));
