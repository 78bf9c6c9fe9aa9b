import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import {
  generatedValidators,
  operationClosure,
  TRACER,
  validatorModules,
} from "./loading/module-graph.js";

// The binary as the package's `bin` names it: the CommonJS build, its own modules bundled into one
// file and the validators left out (decisions/mock-startup.md).
const BIN = fileURLToPath(new URL("../dist/cjs/bin.js", import.meta.url));
const ACCOUNT = "699d98642c564d2e855e9661899b7252";
const scratch = mkdtempSync(join(tmpdir(), "zt-mock-loading-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/**
 * Starts the built zt-devices-mock with the module tracer, sends it `requests` one after another
 * (method and path under the base URL), stops it, and returns the statuses and every module its
 * process loaded.
 */
async function traced(
  name: string,
  requests: readonly (readonly [string, string, unknown?])[],
): Promise<{ statuses: number[]; loaded: string[] }> {
  const trace = join(scratch, `${name}.json`);
  const child = spawn(process.execPath, ["--import", TRACER, BIN, "--port", "0", "--seed", "1"], {
    env: { ...process.env, LOAD_TRACE: trace },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  const base = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const ready = /ready at (\S+)/.exec(out);
      if (ready) resolve(ready[1] as string);
    });
    child.once("exit", (code) => reject(new Error(`the mock exited with ${code}: ${out}`)));
  });
  const statuses: number[] = [];
  try {
    for (const [method, path, body] of requests) {
      const response = await fetch(base + path, {
        method,
        headers: { authorization: "Bearer test", "content-type": "application/json" },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      await response.arrayBuffer();
      statuses.push(response.status);
    }
  } finally {
    child.kill("SIGTERM");
  }
  expect(await exited).toBe(0);
  return { statuses, loaded: JSON.parse(readFileSync(trace, "utf8")) };
}

describe("zt-devices-mock loads the validators of the operations it serves, and no others", () => {
  it("loads no generated validator to start", async () => {
    const { loaded } = await traced("start", []);
    // The tracer saw the binary itself: an empty trace would prove nothing.
    expect(loaded).toContain(pathToFileURL(BIN).href);
    // The server's own modules are bundled into the binary: one file to read and compile.
    expect(loaded.filter((url) => url.includes("/mocks/dist/"))).toEqual([pathToFileURL(BIN).href]);
    expect(generatedValidators(validatorModules(loaded))).toEqual([]);
  });

  it("loads one operation's validators for a request to it", async () => {
    const { statuses, loaded } = await traced("list", [
      ["GET", `/accounts/${ACCOUNT}/devices/posture`],
    ]);
    expect(statuses).toEqual([200]);
    const modules = generatedValidators(validatorModules(loaded));
    const allowed = operationClosure("list-posture-rules", "cjs");
    expect(modules).toContain("cjs/operations/list-posture-rules.gen.js");
    expect(modules.filter((module) => !allowed.has(module))).toEqual([]);
  });

  it("adds the next operation's validators when a request to it comes", async () => {
    const rule = { name: "r", type: "firewall", input: { enabled: true, operating_system: "mac" } };
    const { statuses, loaded } = await traced("two", [
      ["GET", `/accounts/${ACCOUNT}/devices/posture`],
      ["POST", `/accounts/${ACCOUNT}/devices/posture`, rule],
      ["POST", `/accounts/${ACCOUNT}/devices/posture`, { name: "no type" }],
    ]);
    expect(statuses).toEqual([200, 200, 400]);
    const modules = generatedValidators(validatorModules(loaded));
    const allowed = new Set([
      ...operationClosure("list-posture-rules", "cjs"),
      ...operationClosure("create-posture-rule", "cjs"),
    ]);
    expect(modules).toContain("cjs/operations/create-posture-rule.gen.js");
    expect(modules.filter((module) => !allowed.has(module))).toEqual([]);
  });
});
