import Cloudflare from "cloudflare";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { routes } from "../src/routes.gen.js";
import { type MockServer, startMockServer } from "../src/start-mock-server.js";
import { checkedMock } from "./_harness.js";
import { sdkCalls } from "./sdk-calls.js";

// The official SDK against `zt-devices-mock --mode examples`: every operation of the spec, each
// answer checked against our spec by the mock's harness.
const account_id = "699d98642c564d2e855e9661899b7252";
const zone_id = "023e105f4ecef8ad9ca31a8372d0c353";
let server: MockServer;
let problems: string[];
const served: string[] = [];
let calls: Record<string, () => Promise<unknown>>;

beforeAll(async () => {
  const checked = checkedMock({ mode: "examples", seed: 3 });
  problems = checked.problems;
  const mock = {
    ...checked,
    async handle(request: Parameters<typeof checked.handle>[0]) {
      const response = await checked.handle(request);
      const operationId = checked.operationOf(request.method, request.path);
      if (operationId && response.status === 200) served.push(operationId);
      return response;
    },
  };
  server = await startMockServer({ port: 0, host: "127.0.0.1", mock });
  const cf = new Cloudflare({ apiToken: "sdk-token", baseURL: server.baseUrl, maxRetries: 0 });
  calls = sdkCalls(cf, { account_id, zone_id, id: () => "f174e90a-fafe-4643-bbbc-4a0ed4fc8415" });
});
afterAll(() => server.close());

const operationIds = Object.keys(routes).sort();

describe("the official cloudflare SDK against the examples mode", () => {
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
