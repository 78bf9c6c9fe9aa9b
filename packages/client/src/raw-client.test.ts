import { afterEach, describe, expect, it, vi } from "vitest";
import { failure, hangingFetch, ok, wire } from "../test/_wire.js";
import { ApiTimeoutError } from "./connection-errors.js";
import { createRawClient } from "./raw-client.js";

afterEach(() => {
  vi.useRealTimers();
});

describe("createRawClient", () => {
  it("fills account_id from the options and authenticates through the transport", async () => {
    const w = wire(() => ok([{ id: "r1" }]));
    const raw = createRawClient({ apiToken: "tok", accountId: "acc", fetch: w.fetch });
    const { data, error, response } = await raw.GET("/accounts/{account_id}/devices/posture");
    expect(error).toBeUndefined();
    expect(data?.result).toEqual([{ id: "r1" }]);
    expect(response.status).toBe(200);
    expect(w.requests[0]).toMatchObject({ method: "GET", path: "/accounts/acc/devices/posture" });
    expect(w.requests[0]?.headers.authorization).toBe("Bearer tok");
  });

  it("lets a call name another account and fills zone_id too", async () => {
    const w = wire(() => ok({ enabled: true }));
    const raw = createRawClient({
      apiToken: "tok",
      accountId: "acc",
      zoneId: "zone",
      fetch: w.fetch,
    });
    await raw.GET("/accounts/{account_id}/devices/posture/{rule_id}", {
      params: { path: { account_id: "other", rule_id: "r 1" } },
    });
    await raw.GET("/zones/{zone_id}/devices/policy/certificates");
    expect(w.requests.map((r) => r.path)).toEqual([
      "/accounts/other/devices/posture/r%201",
      "/zones/zone/devices/policy/certificates",
    ]);
  });

  it("rejects a call whose account is unknown before sending it", async () => {
    vi.stubEnv("CLOUDFLARE_ACCOUNT_ID", "");
    const w = wire(() => ok([]));
    const raw = createRawClient({ apiToken: "tok", fetch: w.fetch });
    await expect(raw.GET("/accounts/{account_id}/devices/posture")).rejects.toThrow(
      "Missing account_id for GET /accounts/{account_id}/devices/posture: pass params.path.account_id or set accountId in the client options",
    );
    expect(w.requests).toHaveLength(0);
    vi.unstubAllEnvs();
  });

  it("encodes the query the way the resource methods do", async () => {
    const w = wire(() => ok([], { cursor: "" }));
    const raw = createRawClient({ apiToken: "tok", accountId: "acc", fetch: w.fetch });
    await raw.GET("/accounts/{account_id}/devices/physical-devices", {
      params: { query: { id: ["a", "b"], "last_seen_user.email": "x+y@corp.io", per_page: 5 } },
    });
    expect(w.requests[0]?.query).toBe("id=a&id=b&last_seen_user.email=x%2By%40corp.io&per_page=5");
  });

  it("retries with the body intact and hands API errors back as data", async () => {
    vi.useFakeTimers();
    const w = wire((_, n) =>
      n === 1 ? failure(503, 1, "x", { "retry-after": "1" }) : failure(400, 1001, "bad rule"),
    );
    const raw = createRawClient({ apiToken: "tok", accountId: "acc", fetch: w.fetch });
    const pending = raw.POST("/accounts/{account_id}/devices/posture", {
      body: {
        name: "Firewall",
        type: "firewall",
        input: { enabled: true, operating_system: "mac" },
      },
    });
    await vi.runAllTimersAsync();
    const { error, response } = await pending;
    expect(response.status).toBe(400);
    expect(error).toMatchObject({ success: false, errors: [{ code: 1001, message: "bad rule" }] });
    expect(w.requests.map((r) => [r.method, r.body, r.headers["content-type"]])).toEqual(
      Array(2).fill([
        "POST",
        { name: "Firewall", type: "firewall", input: { enabled: true, operating_system: "mac" } },
        "application/json",
      ]),
    );
  });

  it("passes per-call timeoutMs and maxRetries to the transport", async () => {
    const w = wire(() => failure(503, 1, "busy"));
    const raw = createRawClient({ apiToken: "tok", accountId: "acc", fetch: w.fetch });
    const { response } = await raw.GET("/accounts/{account_id}/devices/posture", { maxRetries: 0 });
    expect(response.status).toBe(503);
    expect(w.requests).toHaveLength(1);
  });

  it("applies middleware registered with use() to the next calls, and drops it on eject()", async () => {
    const w = wire(() => ok([]));
    const raw = createRawClient({ apiToken: "tok", accountId: "acc", fetch: w.fetch });
    const tag = {
      onRequest({ request }: { request: Request }) {
        request.headers.set("x-trace", "on");
        return request;
      },
    };
    raw.use(tag);
    await raw.GET("/accounts/{account_id}/devices/posture");
    raw.eject(tag);
    await raw.GET("/accounts/{account_id}/devices/posture");
    expect(w.requests.map((r) => r.headers["x-trace"])).toEqual(["on", undefined]);
  });

  it("throws the transport's timeout error", async () => {
    vi.useFakeTimers();
    const raw = createRawClient({
      apiToken: "tok",
      accountId: "acc",
      fetch: hangingFetch,
      timeoutMs: 20,
      maxRetries: 0,
    });
    const settled = raw.GET("/accounts/{account_id}/devices/posture").catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(20);
    expect(await settled).toMatchObject({
      constructor: ApiTimeoutError,
      message: "Timed out after 20 ms on GET /accounts/acc/devices/posture",
    });
  });
});
