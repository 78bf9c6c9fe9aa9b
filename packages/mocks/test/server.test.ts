import { spawn } from "node:child_process";
import { Agent, request } from "node:http";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MockServer, startMockServer } from "../src/start-mock-server.js";

const ACCOUNT = "acc";
const AUTH = { authorization: "Bearer test-token" };
let server: MockServer;
beforeAll(async () => {
  server = await startMockServer({ port: 0, seed: 4 });
});
afterAll(() => server.close());

const url = (path: string) => `${server.baseUrl}/accounts/${ACCOUNT}${path}`;

describe("startMockServer: any HTTP client", () => {
  it("answers GET and POST with the envelope", async () => {
    const list = await fetch(url("/devices/posture"), { headers: AUTH });
    expect(list.status).toBe(200);
    expect(list.headers.get("content-type")).toBe("application/json");
    expect((await list.json()).result).toHaveLength(3);
    const created = await fetch(url("/devices/posture"), {
      method: "POST",
      headers: { ...AUTH, "content-type": "application/json" },
      body: JSON.stringify({ name: "Over HTTP", type: "warp" }),
    });
    expect((await created.json()).result).toMatchObject({ name: "Over HTTP", type: "warp" });
  });

  it("serves the API with and without the /client/v4 prefix", async () => {
    const bare = `${server.baseUrl.replace("/client/v4", "")}/accounts/${ACCOUNT}/devices/settings`;
    expect((await fetch(bare, { headers: AUTH })).status).toBe(200);
  });

  it("refuses a body over 1 MiB, whether or not its length is declared", async () => {
    const big = "x".repeat(1024 * 1024 + 1);
    const declared = await fetch(url("/devices/posture"), {
      method: "POST",
      headers: AUTH,
      body: big,
    });
    expect(declared.status).toBe(413);
    expect(await declared.json()).toEqual({
      success: false,
      errors: [{ code: 1005, message: "Request body is larger than 1 MiB" }],
      messages: [],
      result: null,
    });
    const chunks = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 3; i++)
          controller.enqueue(new TextEncoder().encode("y".repeat(512 * 1024)));
        controller.close();
      },
    });
    const streamed = await fetch(url("/devices/posture"), {
      method: "POST",
      headers: AUTH,
      body: chunks,
      duplex: "half",
    } as RequestInit);
    expect(streamed.status).toBe(413);
  });

  it("answers invalid JSON, unknown routes and missing credentials with envelopes", async () => {
    const bad = await fetch(url("/devices/posture"), { method: "POST", headers: AUTH, body: "{" });
    expect(bad.status).toBe(400);
    const none = await fetch(url("/devices/nowhere/at/all"), { headers: AUTH });
    expect(none.status).toBe(404);
    const anonymous = await fetch(url("/devices/posture"));
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()).errors).toEqual([
      { code: 10000, message: "Authentication error" },
    ]);
  });

  it("drops the connection when a fault says so", async () => {
    server.mock.faults.drop("getDeviceSettings");
    await expect(fetch(url("/devices/settings"), { headers: AUTH })).rejects.toThrow(TypeError);
    expect((await fetch(url("/devices/settings"), { headers: AUTH })).status).toBe(200);
  });
});

describe("startMockServer under a bounded load", () => {
  it("20,000 requests, 50 at a time, creates mixed with reads: no errors, no lost or doubled writes", async () => {
    const load = await startMockServer({ port: 0, seed: 5 });
    const agent = new Agent({ keepAlive: true, maxSockets: 50 });
    const base = new URL(load.baseUrl);
    const seeded = [...load.mock.store.account(ACCOUNT).postureRules.keys()][0] as string;
    const send = (method: string, path: string, body?: string) =>
      new Promise<{ status: number; text: string }>((resolve, reject) => {
        const req = request(
          {
            agent,
            host: base.hostname,
            port: base.port,
            method,
            path: `${base.pathname}/accounts/${ACCOUNT}${path}`,
            headers: AUTH,
          },
          (res) => {
            let text = "";
            res.setEncoding("utf8");
            res.on("data", (chunk: string) => {
              text += chunk;
            });
            res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
          },
        );
        req.on("error", reject);
        req.end(body);
      });
    const TOTAL = 20_000;
    let next = 0;
    const statuses = new Map<number, number>();
    const createdIds: string[] = [];
    const worker = async () => {
      while (next < TOTAL) {
        const n = next++;
        const kind = n % 4;
        const { status, text } =
          kind === 0
            ? await send(
                "POST",
                "/devices/posture",
                JSON.stringify({ name: `rule ${n}`, type: "warp" }),
              )
            : kind === 1
              ? await send("GET", `/devices/posture/${seeded}`)
              : kind === 2
                ? await send("GET", "/devices/physical-devices?per_page=2")
                : await send("GET", "/devices/settings");
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (kind === 0 && status === 200) createdIds.push(JSON.parse(text).result.id);
      }
    };
    await Promise.all(Array.from({ length: 50 }, worker));
    agent.destroy();
    expect(Object.fromEntries(statuses)).toEqual({ 200: TOTAL });
    expect(createdIds).toHaveLength(TOTAL / 4);
    expect(new Set(createdIds).size).toBe(TOTAL / 4);
    const stored = load.mock.store.account(ACCOUNT).postureRules;
    expect(stored.size).toBe(3 + TOTAL / 4);
    for (const id of createdIds) expect(stored.has(id)).toBe(true);
    const names = new Set([...stored.values()].map((rule) => rule.name));
    expect(names.size).toBe(stored.size);
    await load.close();
  }, 60_000);
});

describe("zt-devices-mock", () => {
  it.each(["SIGTERM", "SIGINT"] as const)(
    "prints one ready line, answers, and shuts down cleanly on %s",
    async (signal) => {
      const bin = fileURLToPath(new URL("../src/bin.ts", import.meta.url));
      const child = spawn(
        process.execPath,
        ["--import", "tsx", bin, "--port", "0", "--seed", "9"],
        {
          stdio: ["ignore", "pipe", "pipe"],
        },
      );
      const line = await new Promise<string>((resolve, reject) => {
        let out = "";
        child.stdout.on("data", (chunk: Buffer) => {
          out += chunk.toString();
          if (out.includes("\n")) resolve(out);
        });
        child.once("exit", (code) => reject(new Error(`exited with ${code} before it was ready`)));
      });
      const ready =
        /^zt-devices-mock ready at (http:\/\/127\.0\.0\.1:\d+\/client\/v4) \(stateful, seed 9\)\n$/;
      expect(line).toMatch(ready);
      const match = ready.exec(line);
      const response = await fetch(`${match?.[1]}/accounts/acc/devices/posture`, { headers: AUTH });
      expect(response.status).toBe(200);
      const exit = new Promise<number | null>((resolve) => child.once("exit", resolve));
      child.kill(signal);
      expect(await exit).toBe(0);
    },
    20_000,
  );

  it("explains a bad option and exits with 2", async () => {
    const bin = fileURLToPath(new URL("../src/bin.ts", import.meta.url));
    const child = spawn(process.execPath, ["--import", "tsx", bin, "--mode", "chaos"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let err = "";
    child.stderr.on("data", (chunk: Buffer) => {
      err += chunk.toString();
    });
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    expect(code).toBe(2);
    expect(err).toContain("zt-devices-mock: --mode must be stateful or examples, got chaos");
  }, 20_000);
});
