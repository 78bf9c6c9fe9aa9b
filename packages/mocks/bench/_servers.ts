import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

/** The built package and binary the benchmark runs. */
export const INDEX = fileURLToPath(new URL("../dist/index.js", import.meta.url));
export const BIN = fileURLToPath(new URL("../dist/cjs/bin.js", import.meta.url));

// Inside each measured server: answers the bench's questions over IPC with the server process's
// own CPU time (so the load client's cost never counts) and, for the mock, heap per account.
const PROBE = `
process.on("message", (question) => {
  if (question === "cpu") {
    const { user, system } = process.cpuUsage();
    process.send({ cpu: user + system });
  } else if (question === "reset") {
    store?.reset();
    process.send({ reset: true });
  } else if (question.accounts) {
    globalThis.gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < question.accounts; i++) store.account("bench-account-" + i);
    globalThis.gc();
    process.send({ bytes: (process.memoryUsage().heapUsed - before) / question.accounts });
  }
});`;

/** A plain node:http server: reads the body, answers a canned envelope. The floor. */
export const PLAIN_SERVER = `
const body = JSON.stringify({ errors: [], messages: [], success: true, result: { enabled: true } });
const store = undefined;
require("node:http").createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
    res.end(body);
  });
}).listen(0, "127.0.0.1", function () { console.log("ready at http://127.0.0.1:" + this.address().port); });`;

// The mock as the binary starts it (stateful, seed 1, credentials and requests checked), without
// the cap on records per account: one POST run creates posture rules in one account for as long as
// it lasts, past the default 10,000 on a fast machine, and it measures speed, not the cap.
const MOCK_SERVER = `
const { startMockServer } = await import(${JSON.stringify(new URL("../dist/index.js", import.meta.url).href)});
const server = await startMockServer({ port: 0, host: "127.0.0.1", seed: 1, mode: "stateful", auth: true, maxRecords: 100_000_000 });
const store = server.mock.store;
console.log("ready at " + server.baseUrl);`;

/** A server under measure, in its own process. */
export interface Measured {
  child: ChildProcess;
  base: string;
  /** The server process's CPU time so far, user and system, in µs. */
  cpu(): Promise<number>;
  /** Heap bytes each new account takes in the mock's store (measured over `accounts`). */
  bytesPerAccount(accounts: number): Promise<number>;
  /** Back to the seeded state (the mock; nothing for the plain server). */
  reset(): Promise<void>;
}

/** Resolves with the first match of `pattern` in the child's stdout; rejects if it exits first. */
export function waitForLine(child: ChildProcess, pattern: RegExp): Promise<RegExpExecArray> {
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

function ask<T>(child: ChildProcess, question: unknown, key: string): Promise<T> {
  return new Promise((resolve) => {
    const answer = (message: Record<string, T>) => {
      if (!(key in message)) return;
      child.off("message", answer);
      resolve(message[key] as T);
    };
    child.on("message", answer);
    child.send(question as never);
  });
}

/** Starts the plain server or the mock, each with the probe, in a process of its own. */
export async function startMeasured(kind: "plain" | "mock"): Promise<Measured> {
  const source = kind === "plain" ? PLAIN_SERVER + PROBE : MOCK_SERVER + PROBE;
  const args = ["--expose-gc", ...(kind === "mock" ? ["--input-type=module"] : []), "-e", source];
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit", "ipc"] });
  const match = await waitForLine(child, /ready at (\S+)/);
  return {
    child,
    base: match[1] as string,
    cpu: () => ask<number>(child, "cpu", "cpu"),
    bytesPerAccount: (accounts) => ask<number>(child, { accounts }, "bytes"),
    reset: () => ask<boolean>(child, "reset", "reset").then(() => undefined),
  };
}

/** Milliseconds from spawning `args` to the first answer of `path` on the URL it prints. */
export async function startToFirstAnswer(args: string[], path: string): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"] });
  try {
    const match = await waitForLine(child, /ready at (\S+)/);
    const response = await fetch(`${match[1]}${path}`, {
      headers: { authorization: "Bearer bench-token" },
    });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`first answer was ${response.status}`);
    return performance.now() - started;
  } finally {
    child.kill("SIGTERM");
  }
}
