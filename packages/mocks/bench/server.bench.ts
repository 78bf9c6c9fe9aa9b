/**
 * The standalone mock server (validation and state on) against a plain node:http server that
 * answers a canned JSON body, measured the same way in the same run, interleaved:
 *
 * - requests per second, GET and POST, from one load process (50 keep-alive connections);
 * - each server's own CPU time per request (`process.cpuUsage()` inside the server), which the load
 *   client cannot cap: with one core for the load, the plain server is often waiting for it;
 * - the time from starting `zt-devices-mock` (the package's bin) to its first answer, a posture
 *   list with its request checked, against a plain server's, in pairs taken in turn;
 * - heap per account the mock's store holds (reported, no goal).
 *
 *   pnpm --filter @zt-devices/mocks build && pnpm --filter @zt-devices/mocks bench
 *   BENCH_SECONDS=3 BENCH_ROUNDS=3 BENCH_STARTS=11 (defaults)
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { median, reportGoals } from "../../../scripts/bench/goals.js";
import {
  BIN,
  INDEX,
  type Measured,
  PLAIN_SERVER,
  startMeasured,
  startToFirstAnswer,
} from "./_servers.js";
import { serverGoals } from "./server-goals.js";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const STARTS = Number(process.env.BENCH_STARTS ?? 11);
const CONCURRENCY = 50;
const ACCOUNT = "699d98642c564d2e855e9661899b7252";
const RULE = JSON.stringify({
  name: "Bench rule",
  type: "firewall",
  input: { enabled: true, operating_system: "mac" },
});

// The load: CONCURRENCY keep-alive connections sending one request after another for a while.
// Prints the rate of the timed part and every request sent, warm-up included.
const LOAD = `
const { Agent, request } = require("node:http");
const [url, method, seconds, concurrency, body] = process.argv.slice(1);
const target = new URL(url);
const agent = new Agent({ keepAlive: true, maxSockets: Number(concurrency) });
const headers = { authorization: "Bearer bench-token", "content-type": "application/json" };
let done = 0, total = 0, failed = 0, stop = false;
const send = () => new Promise((resolve) => {
  const req = request({ agent, host: target.hostname, port: target.port, method, path: target.pathname, headers }, (res) => {
    if (res.statusCode !== 200) failed++;
    res.resume();
    res.on("end", resolve);
  });
  req.on("error", () => { failed++; resolve(); });
  req.end(method === "POST" ? body : undefined);
  total++;
});
const worker = async () => { while (!stop) { await send(); done++; } };
(async () => {
  for (let i = 0; i < 200; i++) await send();
  done = 0;
  const started = performance.now();
  setTimeout(() => { stop = true; }, Number(seconds) * 1000);
  await Promise.all(Array.from({ length: Number(concurrency) }, worker));
  console.log(JSON.stringify({ rps: done / ((performance.now() - started) / 1000), total, failed }));
  agent.destroy();
})();`;

function load(
  url: string,
  method: string,
): Promise<{ rps: number; total: number; failed: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["-e", LOAD, url, method, String(SECONDS), String(CONCURRENCY), RULE],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.once("exit", (code) =>
      code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`load exited with ${code}`)),
    );
  });
}

/** One load run on a server: its rate, and the server's CPU µs per request over the run. */
async function measure(server: Measured, url: string, method: string) {
  const before = await server.cpu();
  const { rps, total, failed } = await load(url, method);
  const cpu = ((await server.cpu()) - before) / total;
  if (failed > 0) throw new Error(`${url} ${method}: ${failed} requests failed`);
  return { rps, cpu };
}

async function main(): Promise<number> {
  if (!existsSync(BIN) || !existsSync(INDEX))
    throw new Error("dist/ is missing: run `pnpm --filter @zt-devices/mocks build` first");
  const servers = { plain: await startMeasured("plain"), mock: await startMeasured("mock") };
  const paths = {
    plain: { GET: "/x", POST: "/x" },
    mock: {
      GET: `/accounts/${ACCOUNT}/devices/settings`,
      POST: `/accounts/${ACCOUNT}/devices/posture`,
    },
  };
  const keys = ["plain GET", "mock GET", "plain POST", "mock POST"];
  const rates: Record<string, number[]> = Object.fromEntries(keys.map((k) => [k, []]));
  const cpus: Record<string, number[]> = Object.fromEntries(keys.map((k) => [k, []]));
  let bytes = Number.NaN;
  try {
    for (let round = 0; round < ROUNDS; round++) {
      for (const method of ["GET", "POST"] as const) {
        // Plain first in even rounds, the mock first in odd ones.
        const order = round % 2 === 0 ? (["plain", "mock"] as const) : (["mock", "plain"] as const);
        for (const kind of order) {
          const server = servers[kind];
          const { rps, cpu } = await measure(server, server.base + paths[kind][method], method);
          rates[`${kind} ${method}`]?.push(rps);
          cpus[`${kind} ${method}`]?.push(cpu);
          // The records a POST run created would stay in the heap of every later run (and its
          // garbage collections): each run starts from the seeded store instead.
          if (method === "POST") await server.reset();
        }
      }
    }
    bytes = await servers.mock.bytesPerAccount(500);
  } finally {
    servers.plain.child.kill();
    servers.mock.child.kill();
  }
  const m = (table: Record<string, number[]>, key: string) => median(table[key] ?? []);
  console.log(
    `median of ${ROUNDS} interleaved runs of ${SECONDS} s, ${CONCURRENCY} connections; CPU is the server process's own`,
  );
  for (const method of ["GET", "POST"]) {
    const [plainRate, mockRate] = [m(rates, `plain ${method}`), m(rates, `mock ${method}`)];
    const [plainCpu, mockCpu] = [m(cpus, `plain ${method}`), m(cpus, `mock ${method}`)];
    console.log(
      `  ${method.padEnd(4)} plain ${Math.round(plainRate)}/s, ${plainCpu.toFixed(0)} µs CPU/request; ` +
        `mock ${Math.round(mockRate)}/s, ${mockCpu.toFixed(0)} µs CPU/request; ` +
        `ratios ${(mockRate / plainRate).toFixed(2)} by rate, ${(plainCpu / mockCpu).toFixed(2)} by CPU`,
    );
  }
  console.log(
    `  heap per account in the mock's store: ${(bytes / 1024).toFixed(1)} KB (500 accounts)`,
  );

  const path = `/accounts/${ACCOUNT}/devices/posture`;
  const starts = { plain: [] as number[], mock: [] as number[], ratio: [] as number[] };
  const first = {
    plain: () => startToFirstAnswer(["-e", PLAIN_SERVER], "/x"),
    mock: () => startToFirstAnswer([BIN, "--port", "0", "--seed", "1"], path),
  };
  // One pair first, not counted: it reads the files from disk that every later pair finds cached.
  await first.plain();
  await first.mock();
  for (let i = 0; i < STARTS; i++) {
    // Plain first in even pairs, the mock first in odd ones.
    let plain: number;
    let mock: number;
    if (i % 2 === 0) {
      plain = await first.plain();
      mock = await first.mock();
    } else {
      mock = await first.mock();
      plain = await first.plain();
    }
    starts.plain.push(plain);
    starts.mock.push(mock);
    starts.ratio.push(mock / plain);
  }
  console.log(
    `start to first answer, median of ${STARTS} interleaved pairs: plain ${median(starts.plain).toFixed(0)} ms, ` +
      `mock ${median(starts.mock).toFixed(0)} ms, ratio ${median(starts.ratio).toFixed(2)}`,
  );
  return reportGoals(
    serverGoals({
      getRate: m(rates, "mock GET") / m(rates, "plain GET"),
      getCpu: m(cpus, "plain GET") / m(cpus, "mock GET"),
      start: median(starts.ratio),
    }),
  );
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: Error) => {
    console.error(`bench failed: ${error.message}`);
    process.exitCode = 1;
  },
);
