/**
 * Memory per account of the stateful mock, and that the account cap bounds it: a store is asked
 * for twice as many accounts as its cap, and the heap grows by the cap's worth only.
 *
 *   pnpm --filter @zt-devices/mocks build && pnpm --filter @zt-devices/mocks bench:memory
 *
 * Runs in a child process with `--expose-gc`, so that the heap is measured after collection.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const DIST = fileURLToPath(new URL("../dist/index.js", import.meta.url));
const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 500);
const GOAL_KB = 64;

// Touches `accounts` accounts through the mock (a GET each, as a test suite would), then asks
// for as many again past the cap; prints the heap growth of each phase after a full collection.
const MEASURE = `
const { createMock } = await import(process.argv[1]);
const accounts = Number(process.argv[2]);
const heap = () => { globalThis.gc(); globalThis.gc(); return process.memoryUsage().heapUsed; };
const mock = createMock({ seed: 1, validate: false, maxAccounts: accounts });
const get = (id) => mock.handle({ method: "GET", path: "/client/v4/accounts/" + id + "/devices/posture",
  query: new URLSearchParams(), headers: { authorization: "Bearer bench" }, body: undefined });
await get("warm-up");
mock.reset();
const before = heap();
let refused = 0;
for (let i = 0; i < accounts; i++) await get("account-" + i);
const filled = heap();
for (let i = accounts; i < 2 * accounts; i++) if ((await get("account-" + i)).status === 403) refused++;
const after = heap();
console.log(JSON.stringify({ perAccount: (filled - before) / accounts, pastCap: after - filled, refused }));
`;

function main(): number {
  if (!existsSync(DIST))
    throw new Error("dist/index.js is missing: run `pnpm --filter @zt-devices/mocks build` first");
  const run = spawnSync(
    process.execPath,
    ["--expose-gc", "--input-type=module", "-e", MEASURE, DIST, String(ACCOUNTS)],
    { encoding: "utf8" },
  );
  if (run.status !== 0) throw new Error(`measurement failed: ${run.stderr}`);
  const { perAccount, pastCap, refused } = JSON.parse(run.stdout) as Record<string, number>;
  const kb = (perAccount as number) / 1024;
  const heldPerAccount = kb <= GOAL_KB;
  // Past the cap nothing is kept: the heap may move by what compiled code and caches take, well
  // under a twentieth of what the same number of accounts holds.
  const filled = (perAccount as number) * ACCOUNTS;
  const heldCap = refused === ACCOUNTS && (pastCap as number) < filled / 20;
  console.log(
    `memory per account: ${kb.toFixed(1)} KB over ${ACCOUNTS} accounts (goal <= ${GOAL_KB} KB) ${heldPerAccount ? "held" : "MISSED"}`,
  );
  console.log(
    `past the cap of ${ACCOUNTS} accounts: ${refused} of ${ACCOUNTS} refused, heap +${Math.round((pastCap as number) / 1024)} KB (goal: all refused, < ${Math.round(filled / 20 / 1024)} KB) ${heldCap ? "held" : "MISSED"}`,
  );
  return heldPerAccount && heldCap ? 0 : 1;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(`bench failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
