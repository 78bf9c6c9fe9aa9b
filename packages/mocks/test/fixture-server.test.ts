import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { CloudflareApiError, createClient } from "@zt-devices/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupZtDevicesMock } from "../src/setup-zt-devices-mock.js";
import { type MockServer, startMockServer } from "../src/start-mock-server.js";

const AUTH = { authorization: "Bearer test" };
const JSON_AUTH = { ...AUTH, "content-type": "application/json" };
let server: MockServer;
beforeAll(async () => {
  server = await startMockServer({ port: 0, seed: 6, cors: true, maxAccounts: 3, maxRecords: 4 });
});
afterAll(() => server.close());
const url = (path: string, account = "acc") => `${server.baseUrl}/accounts/${account}${path}`;
const control = (path: string) => server.baseUrl.replace("/client/v4", `/__mock${path}`);

describe("the standalone server as a test fixture", () => {
  it("sends cf-ray on every answer, so the client's errors carry a rayId", async () => {
    const ok = await fetch(url("/devices/posture"), { headers: AUTH });
    expect(ok.headers.get("cf-ray")).toMatch(/^[0-9a-f]{16}-MOCK$/);
    const zt = createClient({
      apiToken: "t",
      accountId: "acc",
      baseUrl: server.baseUrl,
      maxRetries: 0,
    });
    const error = await zt.posture.get("nope").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CloudflareApiError);
    expect((error as CloudflareApiError).rayId).toMatch(/-MOCK$/);
  });

  it("sets, lists and resets faults through the control endpoint", async () => {
    const added = await fetch(control("/faults"), {
      method: "POST",
      body: JSON.stringify({ kind: "fail", target: "listPostureRules", status: 503, times: 1 }),
    });
    expect((await added.json()).result).toEqual([
      { target: "listPostureRules", kind: "fail", status: 503, remaining: 1 },
    ]);
    expect((await fetch(url("/devices/posture"), { headers: AUTH })).status).toBe(503);
    expect((await fetch(url("/devices/posture"), { headers: AUTH })).status).toBe(200);
    await fetch(control("/faults"), { method: "POST", body: '{"kind":"drop","target":"*"}' });
    expect((await (await fetch(control("/faults"))).json()).result).toHaveLength(1);
    await fetch(control("/faults"), { method: "DELETE" });
    expect((await (await fetch(control("/faults"))).json()).result).toEqual([]);
    const typo = await fetch(control("/faults"), {
      method: "POST",
      body: '{"kind":"fail","target":"listPostureRulez","status":500}',
    });
    expect(typo.status).toBe(400);
    expect((await typo.json()).errors[0].message).toContain('got "listPostureRulez"');
  });

  it("resets the state through the control endpoint", async () => {
    const body = JSON.stringify({ name: "Kept until reset", type: "warp" });
    await fetch(url("/devices/posture"), { method: "POST", headers: JSON_AUTH, body });
    const names = async () =>
      (await (await fetch(url("/devices/posture"), { headers: AUTH })).json()).result.map(
        (r: { name: string }) => r.name,
      );
    expect(await names()).toContain("Kept until reset");
    expect((await fetch(control("/state"), { method: "DELETE" })).status).toBe(200);
    expect(await names()).not.toContain("Kept until reset");
    expect((await fetch(control("/reset"), { method: "POST" })).status).toBe(200);
  });

  it("answers browsers with --cors: headers on answers, 204 to preflights", async () => {
    const answer = await fetch(url("/devices/posture"), {
      headers: { ...AUTH, origin: "http://x" },
    });
    expect(answer.headers.get("access-control-allow-origin")).toBe("*");
    const preflight = await fetch(url("/devices/posture"), {
      method: "OPTIONS",
      headers: { origin: "http://x", "access-control-request-headers": "authorization" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-headers")).toBe("authorization");
    const plain = await startMockServer({ port: 0 });
    const without = await fetch(`${plain.baseUrl}/accounts/a/devices/posture`, { headers: AUTH });
    expect(without.headers.get("access-control-allow-origin")).toBeNull();
    await plain.close();
  });

  it("caps accounts and records with the API's errors", async () => {
    await fetch(control("/state"), { method: "DELETE" });
    for (const account of ["a1", "a2", "a3"])
      expect((await fetch(url("/devices/posture", account), { headers: AUTH })).status).toBe(200);
    const fourth = await fetch(url("/devices/posture", "a4"), { headers: AUTH });
    expect(fourth.status).toBe(403);
    expect((await fourth.json()).errors[0]).toEqual({
      code: 9109,
      message: expect.stringContaining("at most 3 accounts (maxAccounts, --max-accounts)"),
    });
    const create = (n: number) =>
      fetch(url("/devices/posture", "a1"), {
        method: "POST",
        headers: JSON_AUTH,
        body: JSON.stringify({ name: `r${n}`, type: "warp" }),
      });
    expect((await create(1)).status).toBe(200); // 3 seeded + 1 = the cap of 4
    const over = await create(2);
    expect(over.status).toBe(400);
    expect((await over.json()).errors[0].code).toBe(1002);
  });
});

describe("zt-devices-mock command line", () => {
  const bin = fileURLToPath(new URL("../src/bin.ts", import.meta.url));
  const run = (args: string[]) =>
    new Promise<{ code: number | null; out: string }>((resolve) => {
      const child = spawn(process.execPath, ["--import", "tsx", bin, ...args]);
      let out = "";
      child.stdout.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        const ready = /ready at (\S+)/.exec(out);
        if (ready) {
          fetch(`${ready[1]}/accounts/acc/devices/posture`, { headers: AUTH })
            .then((r) => {
              out += `status ${r.status}\n`;
            })
            .finally(() => child.kill("SIGTERM"));
        }
      });
      child.once("exit", (code) => resolve({ code, out }));
    });

  it("prints its version", async () => {
    expect(await run(["--version"])).toEqual({ code: 0, out: "0.1.0\n" });
  }, 20_000);

  it("injects a fault given with --fault", async () => {
    const { out } = await run(["--port", "0", "--fault", "listPostureRules:503"]);
    expect(out).toContain("(stateful, seed 1, 1 fault(s))");
    expect(out).toContain("status 503");
  }, 20_000);
});

describe("setupZtDevicesMock", () => {
  it("throws when it has no hooks to install, instead of letting requests reach the API", () => {
    expect(() => setupZtDevicesMock()).toThrow(/no test hooks to install on/);
    const failing = () => {
      throw new Error("hooks only run inside a test file");
    };
    expect(() =>
      setupZtDevicesMock({ hooks: { beforeAll: failing, afterEach: failing, afterAll: failing } }),
    ).toThrow(/cannot install its hooks \(hooks only run inside a test file\)/);
    expect(() => setupZtDevicesMock({ hooks: false })).not.toThrow();
  });
});
