/**
 * Speed of @zt-devices/client against floors measured in the same run:
 *
 * - calls per second of `zt.posture.list()` with a stub `fetch` answering a 20-rule envelope,
 *   against the same stub called directly followed by `JSON.parse` (target: at least 0.9 of it);
 *   bare openapi-fetch and the raw client are measured alongside for reference;
 * - cold import of the built package against `node -e 0` (target: at most 1.15 times);
 * - size of a program that lists posture rules, bundled from the published dist/ with esbuild
 *   (minified, gzip; target: at most 5,000 bytes).
 *
 *   pnpm bench   (after pnpm build)
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import createOpenApiFetch from "openapi-fetch";
import { median, reportGoals } from "../../../scripts/bench/goals.js";
import { createClient } from "../src/client.js";
import { createRawClient } from "../src/raw-client.js";
import { clientGoals } from "./client-goals.js";
import { gzippedSize, LIST_POSTURE_RULES, SIZE_BUDGET } from "./size.js";

const URL_ = "https://api.cloudflare.com/client/v4/accounts/acc/devices/posture";

const rules = Array.from({ length: 20 }, (_, i) => ({
  id: `0a1b2c3d-0000-4000-8000-${String(i).padStart(12, "0")}`,
  name: `Rule ${i}`,
  description: "Require disk encryption on every managed laptop",
  type: "disk_encryption",
  schedule: "5m",
  expiration: "",
  match: [{ platform: "mac" }, { platform: "windows" }],
  input: { requireAll: true, checkDisks: ["C", "D"] },
}));
const BODY = JSON.stringify({
  success: true,
  errors: [],
  messages: [],
  result: rules,
  result_info: { page: 1, per_page: 20, count: 20, total_count: 20 },
});
const stub = async (_input: string | Request, _init?: RequestInit) =>
  new Response(BODY, { status: 200, headers: { "content-type": "application/json" } });

type Loop = (n: number) => Promise<void>;

const zt = createClient({ apiToken: "bench-token", accountId: "acc", fetch: stub });
const raw = createRawClient({ apiToken: "bench-token", accountId: "acc", fetch: stub });
const bare = createOpenApiFetch<Record<string, never>>({
  baseUrl: "https://api.cloudflare.com/client/v4",
  fetch: (request) => stub(request),
  headers: { authorization: "Bearer bench-token" },
});

const FLOOR = "raw fetch + JSON.parse";

const loops: Record<string, Loop> = {
  [FLOOR]: async (n) => {
    for (let i = 0; i < n; i++) {
      const response = await stub(URL_, { method: "GET", headers: { authorization: "Bearer x" } });
      JSON.parse(await response.text());
    }
  },
  "zt.posture.list()": async (n) => {
    for (let i = 0; i < n; i++) await zt.posture.list();
  },
  "bare openapi-fetch": async (n) => {
    const get = bare.GET as unknown as (path: string) => Promise<unknown>;
    for (let i = 0; i < n; i++) await get("/accounts/acc/devices/posture");
  },
  "createRawClient GET": async (n) => {
    for (let i = 0; i < n; i++) await raw.GET("/accounts/{account_id}/devices/posture");
  },
};

/** Calls per second of each loop, and its ratio to the floor run just before it, per round. */
async function callsPerSecond(rounds: number, n: number) {
  const rate = async (loop: Loop) => {
    const started = performance.now();
    await loop(n);
    return n / ((performance.now() - started) / 1000);
  };
  const contenders = Object.keys(loops).filter((name) => name !== FLOOR);
  const rates = new Map<string, number[]>([[FLOOR, []]]);
  const ratios = new Map<string, number[]>();
  for (const name of contenders) {
    rates.set(name, []);
    ratios.set(name, []);
  }
  for (const loop of Object.values(loops)) await loop(2000);
  for (let r = 0; r < rounds; r++) {
    // Each contender runs right after a floor run (pairs resist load from other processes),
    // in an order rotated every round.
    for (let k = 0; k < contenders.length; k++) {
      const name = contenders[(k + r) % contenders.length] as string;
      const floor = await rate(loops[FLOOR] as Loop);
      const own = await rate(loops[name] as Loop);
      rates.get(FLOOR)?.push(floor);
      rates.get(name)?.push(own);
      ratios.get(name)?.push(own / floor);
    }
  }
  return { rates, ratios };
}

function startupMs(args: string[], runs: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const result = spawnSync(process.execPath, args, { stdio: "ignore" });
    if (result.status !== 0) throw new Error(`node ${args.join(" ")} exited with ${result.status}`);
    times.push(performance.now() - started);
  }
  return times;
}

/** Milliseconds a dynamic import of `entry` takes inside a fresh process (median of `runs`). */
function importMs(entry: string, runs: number): number {
  const code = `const t=performance.now();import(${JSON.stringify(entry)}).then(()=>process.stdout.write(String(performance.now()-t)))`;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const result = spawnSync(process.execPath, ["-e", code], { encoding: "utf8" });
    times.push(Number(result.stdout));
  }
  return median(times);
}

async function main(): Promise<number> {
  const size = await gzippedSize(LIST_POSTURE_RULES);
  console.log(
    `size (list-posture program bundled from dist/, esbuild --minify, gzip): ${size} bytes`,
  );

  const { rates, ratios } = await callsPerSecond(15, 4000);
  console.log("calls per second (15 rounds of 4000 calls, stub fetch, 20-rule envelope; medians):");
  for (const [name, values] of rates) {
    const ratio = name === FLOOR ? 1 : median(ratios.get(name) ?? []);
    const perSecond = Math.round(median(values)).toString().padStart(7);
    console.log(`  ${name.padEnd(24)} ${perSecond}/s  ratio ${ratio.toFixed(2)}`);
  }
  const ours = median(ratios.get("zt.posture.list()") ?? []);

  const entry = fileURLToPath(new URL("../dist/index.js", import.meta.url));
  if (!existsSync(entry)) {
    console.error("cold import: dist/index.js is missing; run `pnpm build` first");
    return 1;
  }
  const baseline: number[] = [];
  const imported: number[] = [];
  const pairs: number[] = [];
  for (let i = 0; i < 25; i++) {
    // Alternating one to one, so that load from other processes hits both sides alike.
    const [a] = startupMs(["-e", "0"], 1) as [number];
    const [b] = startupMs([entry], 1) as [number];
    baseline.push(a);
    imported.push(b);
    pairs.push(b / a);
  }
  const ratio = median(pairs);
  const inProcess = importMs(entry, 9);
  console.log("cold import (25 alternating pairs, medians):");
  console.log(`  node -e 0                 ${median(baseline).toFixed(1)} ms`);
  console.log(`  node dist/index.js        ${median(imported).toFixed(1)} ms`);
  console.log(`  import() in a fresh node  ${inProcess.toFixed(1)} ms`);
  return reportGoals(
    clientGoals({ calls: ours, coldImport: ratio, bytes: size, budget: SIZE_BUDGET }),
  );
}

main().then((code) => {
  process.exitCode = code;
});
