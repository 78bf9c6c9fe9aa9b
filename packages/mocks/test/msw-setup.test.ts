import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { setupZtDevicesMock } from "../src/setup-zt-devices-mock.js";

const ACCOUNT = "699d98642c564d2e855e9661899b7252";
const rules = (baseUrl: string) => `${baseUrl}/accounts/${ACCOUNT}/devices/posture`;

// A real server on 127.0.0.1 that no handler covers: a request msw let through would reach it.
let other: Server;
let otherUrl: string;
const reached: string[] = [];
beforeAll(async () => {
  other = createServer((request, response) => {
    reached.push(`${request.method} ${request.url}`);
    response.end("reached");
  });
  await new Promise<void>((resolve) => other.listen(0, "127.0.0.1", resolve));
  otherUrl = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => other.close(() => resolve())));

describe("setupZtDevicesMock with the hooks it is given", () => {
  const api = setupZtDevicesMock({ seed: 3, hooks: { beforeAll, afterEach, afterAll } });

  it("answers the API from the mock", async () => {
    const response = await fetch(rules(api.baseUrl), {
      headers: { authorization: "Bearer t" },
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { success: boolean; result: unknown[] };
    expect(body.success).toBe(true);
    expect(body.result).toHaveLength(api.store.account(ACCOUNT).postureRules.size);
  });

  it("fails a request no handler knows, and sends nothing", async () => {
    const printed = vi.spyOn(console, "error").mockImplementation(() => {});
    const error = await fetch(`${otherUrl}/unhandled`).then(
      () => undefined,
      (e: unknown) => e,
    );
    printed.mockRestore();
    expect((error as Error).message).toBe(
      '[MSW] Cannot bypass a request when using the "error" strategy for the "onUnhandledRequest" option.',
    );
    expect(reached).toEqual([]);
  });
});

describe("setupZtDevicesMock without hooks", () => {
  it("wires itself to the runner's global beforeAll, afterEach and afterAll", async () => {
    const wired: Record<string, (() => unknown)[]> = { beforeAll: [], afterEach: [], afterAll: [] };
    const g = globalThis as Record<string, unknown>;
    for (const name of Object.keys(wired)) g[name] = (fn: () => unknown) => wired[name]?.push(fn);
    let api: ReturnType<typeof setupZtDevicesMock>;
    try {
      api = setupZtDevicesMock({ seed: 3 });
    } finally {
      for (const name of Object.keys(wired)) delete g[name];
    }
    expect(Object.values(wired).map((fns) => fns.length)).toEqual([1, 1, 1]);
    const first = (fns: (() => unknown)[] | undefined) => fns?.[0] as () => unknown;
    const [listen, reset, close] = [
      first(wired.beforeAll),
      first(wired.afterEach),
      first(wired.afterAll),
    ];
    const headers = { authorization: "Bearer t" };
    const count = async () =>
      ((await (await fetch(rules(api.baseUrl), { headers })).json()) as { result: unknown[] })
        .result.length;

    await listen(); // what beforeAll runs: the API is intercepted
    const seeded = await count();
    const removed = await fetch(
      `${rules(api.baseUrl)}/${[...api.store.account(ACCOUNT).postureRules.keys()][0]}`,
      {
        method: "DELETE",
        headers,
      },
    );
    expect(removed.status).toBe(200);
    expect(await count()).toBe(seeded - 1);
    await reset(); // what afterEach runs: the seeded data again
    expect(await count()).toBe(seeded);
    await close(); // what afterAll runs: nothing intercepted any more
    expect(await (await fetch(`${otherUrl}/after-close`)).text()).toBe("reached");
    expect(reached).toEqual(["GET /after-close"]);
  });
});
