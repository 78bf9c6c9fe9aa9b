/**
 * Requests per second of the standalone mock server (validation and state on) against a plain
 * node:http server that answers a canned JSON body, GET and POST, measured the same way in the
 * same run; then the time from starting `zt-devices-mock` to its first answer.
 *
 *   pnpm --filter @zt-devices/mocks build && pnpm --filter @zt-devices/mocks bench
 *
 * Each server runs in its own process and the load comes from another (50 keep-alive
 * connections), so the three never share an event loop.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const BIN = fileURLToPath(new URL("../dist/bin.js", import.meta.url));
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONCURRENCY = 50;
const ACCOUNT = "699d98642c564d2e855e9661899b7252";
const RULE = JSON.stringify({
  name: "Bench rule",
  type: "firewall",
  input: { enabled: true, operating_system: "mac" },
});

// A plain node:http server: reads the body, answers a canned envelope. The floor to compare with.
const PLAIN_SERVER = `
const body = JSON.stringify({ errors: [], messages: [], success: true, result: { enabled: true } });
require("node:http").createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
    res.end(body);
  });
}).listen(0, "127.0.0.1", function () { console.log("ready " + this.address().port); });`;

// The load: CONCURRENCY keep-alive connections sending one request after another for a while.
const LOAD = `
const { Agent, request } = require("node:http");
const [url, method, seconds, concurrency, body] = process.argv.slice(1);
const target = new URL(url);
const agent = new Agent({ keepAlive: true, maxSockets: Number(concurrency) });
const headers = { authorization: "Bearer bench-token", "content-type": "application/json" };
let done = 0, failed = 0, stop = false;
const send = () => new Promise((resolve) => {
  const req = request({ agent, host: target.hostname, port: target.port, method, path: target.pathname, headers }, (res) => {
    if (res.statusCode !== 200) failed++;
    res.resume();
    res.on("end", resolve);
  });
  req.on("error", () => { failed++; resolve(); });
  req.end(method === "POST" ? body : undefined);
});
const worker = async () => { while (!stop) { await send(); done++; } };
(async () => {
  for (let i = 0; i < 200; i++) await send();
  done = 0;
  const started = performance.now();
  setTimeout(() => { stop = true; }, Number(seconds) * 1000);
  await Promise.all(Array.from({ length: Number(concurrency) }, worker));
  console.log(JSON.stringify({ rps: done / ((performance.now() - started) / 1000), failed }));
  agent.destroy();
})();`;

function waitForLine(child: ChildProcess, pattern: RegExp): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = pattern.exec(out);
      if (match) resolve(match);
    });
    child.once("exit", (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
}

async function startPlain(): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, ["-e", PLAIN_SERVER], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const match = await waitForLine(child, /ready (\d+)/);
  return { child, base: `http://127.0.0.1:${match[1]}` };
}

async function startMock(): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, [BIN, "--port", "0", "--seed", "1"], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const match = await waitForLine(child, /ready at (\S+)/);
  return { child, base: match[1] as string };
}

function load(url: string, method: "GET" | "POST"): Promise<{ rps: number; failed: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["-e", LOAD, url, method, String(SECONDS), String(CONCURRENCY), RULE],
      {
        stdio: ["ignore", "pipe", "inherit"],
      },
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

async function startToFirstAnswer(): Promise<number> {
  const started = performance.now();
  const { child, base } = await startMock();
  const response = await fetch(`${base}/accounts/${ACCOUNT}/devices/posture`, {
    headers: { authorization: "Bearer bench-token" },
  });
  await response.arrayBuffer();
  const elapsed = performance.now() - started;
  if (response.status !== 200) throw new Error(`first answer was ${response.status}`);
  child.kill("SIGTERM");
  return elapsed;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

async function main(): Promise<void> {
  if (!existsSync(BIN))
    throw new Error("dist/bin.js is missing: run `pnpm --filter @zt-devices/mocks build` first");
  const plain = await startPlain();
  const mock = await startMock();
  const paths = {
    plain: { GET: `${plain.base}/x`, POST: `${plain.base}/x` },
    mock: {
      GET: `${mock.base}/accounts/${ACCOUNT}/devices/settings`,
      POST: `${mock.base}/accounts/${ACCOUNT}/devices/posture`,
    },
  };
  const results: Record<string, number[]> = {
    "plain GET": [],
    "mock GET": [],
    "plain POST": [],
    "mock POST": [],
  };
  for (let round = 0; round < ROUNDS; round++) {
    for (const method of ["GET", "POST"] as const) {
      for (const server of ["plain", "mock"] as const) {
        const { rps, failed } = await load(paths[server][method], method);
        if (failed > 0) throw new Error(`${server} ${method}: ${failed} requests failed`);
        results[`${server} ${method}`]?.push(rps);
      }
    }
  }
  plain.child.kill();
  mock.child.kill();
  console.log(
    `requests per second, median of ${ROUNDS} interleaved runs of ${SECONDS} s, ${CONCURRENCY} connections`,
  );
  for (const method of ["GET", "POST"]) {
    const floor = median(results[`plain ${method}`] ?? []);
    const ours = median(results[`mock ${method}`] ?? []);
    const ratio = ours / floor;
    console.log(
      `  ${method.padEnd(4)} plain node:http ${Math.round(floor)}/s, zt-devices-mock ${Math.round(ours)}/s: ` +
        `ratio ${ratio.toFixed(2)} (target >= 0.35) ${ratio >= 0.35 ? "ok" : "BELOW TARGET"}`,
    );
  }
  const starts: number[] = [];
  for (let i = 0; i < 5; i++) starts.push(await startToFirstAnswer());
  const start = median(starts);
  console.log(
    `start to first answer: median ${Math.round(start)} ms of 5 (target < 350 ms) ${start < 350 ? "ok" : "ABOVE TARGET"}`,
  );
}

main().catch((error: Error) => {
  console.error(`bench failed: ${error.message}`);
  process.exit(1);
});
