import {
  ApiConnectionError,
  ApiTimeoutError,
  createClient,
  InternalServerError,
  RateLimitError,
} from "@zt-devices/client";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { setupZtDevicesMock } from "../src/setup-zt-devices-mock.js";

const ACCOUNT = "acc";
const api = setupZtDevicesMock({ hooks: { beforeAll, afterEach, afterAll } });
const zt = createClient({ apiToken: "test-token", accountId: ACCOUNT });

// Counts the requests the mock answers for one operation.
function counting(operationId: string) {
  let calls = 0;
  const handle = api.mock.handle;
  api.server.events.on("request:start", ({ request }) => {
    if (api.mock.operationOf(request.method, new URL(request.url).pathname) === operationId)
      calls++;
  });
  return { calls: () => calls, handle };
}

describe("faults seen through the client's retries", () => {
  it("a 429 with Retry-After is retried until the operation answers again", async () => {
    const seen = counting("listPostureRules");
    api.faults.fail("listPostureRules", 429, { times: 2, retryAfter: 0 });
    expect(await zt.posture.list()).toHaveLength(3);
    expect(seen.calls()).toBe(3);
  });

  it("the client gives up after its retries, with the status the fault chose", async () => {
    api.faults.fail("listPostureRules", 429, { times: 3, retryAfter: 0 });
    const error = await zt.posture.list({}, { maxRetries: 2 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).message).toContain(
      "listPostureRules failed with 429, as the test asked",
    );
  });

  it("a 503 on create is retried and the body replayed: the rule is created once", async () => {
    api.faults.fail("createPostureRule", 503, { retryAfter: 0 });
    const created = await zt.posture.create({ name: "Once", type: "warp" });
    const named = (await zt.posture.list()).filter((rule) => rule.name === "Once");
    expect(named).toEqual([created]);
  });

  it("a 500 every time ends in InternalServerError", async () => {
    api.faults.fail("getDeviceSettings", 500, { times: 1 });
    const error = await zt.settings.get({}, { maxRetries: 0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as InternalServerError).status).toBe(500);
  });

  it("a dropped connection is a connection error, retried like one", async () => {
    api.faults.drop("getDeviceSettings");
    expect(await zt.settings.get({}, { maxRetries: 0 }).catch((e: unknown) => e)).toBeInstanceOf(
      ApiConnectionError,
    );
    api.faults.drop("getDeviceSettings");
    expect(await zt.settings.get()).toHaveProperty("gateway_proxy_enabled");
  });

  it("latency beyond the client's timeout is a timeout", async () => {
    api.faults.delay("getGlobalWarpOverride", 200);
    const error = await zt.globalWarpOverride
      .get({}, { timeoutMs: 50, maxRetries: 0 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiTimeoutError);
  });

  it("reset() between tests leaves no fault behind", async () => {
    expect(await zt.globalWarpOverride.get({}, { timeoutMs: 1000, maxRetries: 0 })).toHaveProperty(
      "disconnect",
    );
  });
});
