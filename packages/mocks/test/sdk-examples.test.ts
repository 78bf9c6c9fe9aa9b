import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { validateResponse } from "@zt-devices/validators";
import Cloudflare from "cloudflare";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMock } from "../src/create-mock.js";
import { routes } from "../src/routes.gen.js";
import { sdkCalls } from "./sdk-calls.js";

// The official SDK against `zt-devices-mock --mode examples`, the command a user runs: every
// operation of the spec, each raw answer checked against our spec before the SDK unwraps it.
const account_id = "699d98642c564d2e855e9661899b7252";
const zone_id = "023e105f4ecef8ad9ca31a8372d0c353";
const router = createMock({ mode: "examples" });
let child: ChildProcess;
let calls: Record<string, () => Promise<unknown>>;
const served: string[] = [];
const problems: string[] = [];

// Checks what the server sent, then hands the SDK an untouched copy.
const checkingFetch: typeof fetch = async (input, init) => {
  const response = await fetch(input, init);
  const url = new URL(input instanceof Request ? input.url : String(input));
  const method = init?.method ?? (input instanceof Request ? input.method : "GET");
  const operationId = router.operationOf(method, url.pathname);
  const body = await response.clone().json();
  if (!operationId) problems.push(`${method} ${url.pathname}: no operation`);
  else {
    served.push(operationId);
    const result = await validateResponse(operationId as never, response.status, body);
    for (const issue of result.issues ?? []) problems.push(`${operationId}: ${issue.message}`);
  }
  return response;
};

beforeAll(async () => {
  const bin = fileURLToPath(new URL("../src/bin.ts", import.meta.url));
  child = spawn(
    process.execPath,
    ["--import", "tsx", bin, "--mode", "examples", "--port", "0", "--host", "127.0.0.1"],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  const baseURL = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const ready = /ready at (\S+) \(examples, seed 1\)/.exec(out);
      if (ready) resolve(ready[1] as string);
    });
    child.once("exit", (code) => reject(new Error(`zt-devices-mock exited with ${code}`)));
  });
  const cf = new Cloudflare({
    apiToken: "sdk-token",
    baseURL,
    maxRetries: 0,
    fetch: checkingFetch,
  });
  calls = sdkCalls(cf, { account_id, zone_id, id: () => "f174e90a-fafe-4643-bbbc-4a0ed4fc8415" });
}, 30_000);
afterAll(() => {
  child.kill("SIGTERM");
});

const operationIds = Object.keys(routes).sort();

describe("the official cloudflare SDK against zt-devices-mock --mode examples", () => {
  it("has a method for all 74 operations of the spec", () => {
    expect(operationIds).toHaveLength(74);
    expect(Object.keys(calls).sort()).toEqual(operationIds);
  });

  it.each(operationIds)("%s: the SDK call succeeds and the answer validates", async (id) => {
    const call = calls[id];
    if (!call) throw new Error(`no SDK call for ${id}`);
    await expect(call()).resolves.not.toBeUndefined();
    expect(served).toContain(id);
    expect(problems).toEqual([]);
  });

  it("served every operation through the SDK", () => {
    expect([...new Set(served)].sort()).toEqual(operationIds);
  });
});
