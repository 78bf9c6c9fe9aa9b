import { afterEach, describe, expect, it, vi } from "vitest";
import { createClient } from "../src/client.js";
import { ApiAbortError, ApiTimeoutError } from "../src/connection-errors.js";
import { CloudflareApiError, PermissionDeniedError } from "../src/errors.js";
import { clearEnv } from "./_env.js";
import { failure, hangingFetch, json, ok, wire } from "./_wire.js";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("resource calls", () => {
  function client(reply: Parameters<typeof wire>[0], options = {}) {
    const w = wire(reply);
    return {
      zt: createClient({ apiToken: "tok", accountId: "acc", fetch: w.fetch, ...options }),
      requests: w.requests,
    };
  }

  it("gives the envelope and the Response of the same request with withResponse()", async () => {
    const { zt, requests } = client(() => ok([{ id: "r1" }], { count: 1 }));
    const call = zt.posture.list();
    const [data, full] = await Promise.all([call, call.withResponse()]);
    expect(data).toEqual([{ id: "r1" }]);
    expect(full.data).toBe(data);
    expect(full.envelope).toMatchObject({ success: true, result_info: { count: 1 } });
    expect(full.response.status).toBe(200);
    expect(requests).toHaveLength(1);
  });

  it("throws the class of the status with the envelope's errors", async () => {
    const { zt } = client(() =>
      failure(403, 10000, "Authentication error", { "cf-ray": "abc-SJC" }),
    );
    const error = await zt.posture.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(error).toMatchObject({
      message:
        "403 Forbidden on GET /accounts/{account_id}/devices/posture: [10000] Authentication error",
      rayId: "abc-SJC",
      method: "GET",
      path: "/accounts/{account_id}/devices/posture",
    });
  });

  it("throws on a 200 with success: false", async () => {
    const { zt } = client(() =>
      json({ success: false, errors: [{ code: 1, message: "nope" }], messages: [], result: null }),
    );
    const error = await zt.posture.get("r1").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CloudflareApiError);
    expect(error).toMatchObject({
      status: 200,
      message:
        "200 OK with success: false on GET /accounts/{account_id}/devices/posture/{rule_id}: [1] nope",
    });
  });

  it("rejects with a clear error when the account is unknown", async () => {
    clearEnv();
    const w = wire(() => ok([]));
    const zt = createClient({ apiToken: "tok", fetch: w.fetch });
    await expect(zt.posture.list()).rejects.toThrow(
      "Missing account_id for posture.list (GET /accounts/{account_id}/devices/posture): pass it in params or set accountId on the client",
    );
    await expect(zt.policies.default.certificates.get()).rejects.toThrow(
      "Missing zone_id for policies.default.certificates.get",
    );
    expect(w.requests).toHaveLength(0);
  });

  it("rejects a missing or malformed positional path parameter", async () => {
    const { zt, requests } = client(() => ok(null));
    const untyped = zt.posture as unknown as { get(...args: unknown[]): Promise<unknown> };
    await expect(untyped.get()).rejects.toThrow(
      "Missing rule_id (argument 1) of posture.get (GET /accounts/{account_id}/devices/posture/{rule_id})",
    );
    await expect(untyped.get({ id: "x" })).rejects.toThrow(
      "rule_id (argument 1) of posture.get (GET /accounts/{account_id}/devices/posture/{rule_id}) must be a string; got object",
    );
    expect(requests).toHaveLength(0);
  });

  it("retries through the resource layer and replays the body", async () => {
    vi.useFakeTimers();
    const { zt, requests } = client((_, n) =>
      n === 1 ? failure(503, 1, "busy", { "retry-after": "1" }) : ok([]),
    );
    const pending = zt.policies.default.excludes.update([{ address: "10.0.0.0/8" }]);
    await vi.runAllTimersAsync();
    expect(await pending).toEqual([]);
    expect(requests.map((r) => r.body)).toEqual([
      [{ address: "10.0.0.0/8" }],
      [{ address: "10.0.0.0/8" }],
    ]);
  });

  it("times out and aborts per call", async () => {
    vi.useFakeTimers();
    const zt = createClient({
      apiToken: "tok",
      accountId: "acc",
      fetch: hangingFetch,
      maxRetries: 0,
    });
    const timedOut = zt.posture.list(undefined, { timeoutMs: 100 }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(100);
    expect(await timedOut).toBeInstanceOf(ApiTimeoutError);
    const controller = new AbortController();
    const aborted = zt.posture
      .list(undefined, { signal: controller.signal })
      .catch((e: unknown) => e);
    controller.abort();
    expect(await aborted).toBeInstanceOf(ApiAbortError);
  });
});

describe("pagination through the resource layer", () => {
  it("iterates a cursor list item by item, following result_info.cursor", async () => {
    const w = wire((r) => {
      const cursor = new URLSearchParams(r.query).get("cursor");
      if (!cursor) return ok([{ id: "a" }, { id: "b" }], { cursor: "c1", per_page: 2, count: 2 });
      if (cursor === "c1") return ok([{ id: "c" }], { cursor: "", per_page: 2, count: 1 });
      return ok([{ id: "never" }]);
    });
    const zt = createClient({ apiToken: "tok", accountId: "acc", fetch: w.fetch });
    const ids: string[] = [];
    for await (const device of zt.physicalDevices.list({ per_page: 2, search: "mac" }))
      ids.push(device.id);
    expect(ids).toEqual(["a", "b", "c"]);
    expect(w.requests.map((r) => r.query)).toEqual([
      "per_page=2&search=mac",
      "per_page=2&search=mac&cursor=c1",
    ]);
  });

  it("goes page by page on a page-based list, stopping at total_pages", async () => {
    const w = wire((r) => {
      const page = Number(new URLSearchParams(r.query).get("page") ?? 1);
      return ok([{ name: `t${page}` }], { page, per_page: 1, total_pages: 2, total_count: 2 });
    });
    const zt = createClient({ apiToken: "tok", accountId: "acc", fetch: w.fetch });
    const pages = [];
    for await (const page of zt.dexTests.list({ per_page: 1 }).pages()) {
      // The spec does not declare result_info on this list yet, though the API sends it.
      const info = (page.envelope as { result_info?: unknown }).result_info;
      pages.push([page.items.map((t) => t.name), info, page.response.status]);
    }
    expect(pages).toEqual([
      [["t1"], { page: 1, per_page: 1, total_pages: 2, total_count: 2 }, 200],
      [["t2"], { page: 2, per_page: 1, total_pages: 2, total_count: 2 }, 200],
    ]);
    expect(w.requests.map((r) => r.query)).toEqual(["per_page=1", "per_page=1&page=2"]);
  });

  it("reuses the first page's request when awaited and iterated", async () => {
    const w = wire(() => ok([{ id: "r" }], { cursor: "" }));
    const zt = createClient({ apiToken: "tok", accountId: "acc", fetch: w.fetch });
    const list = zt.registrations.list();
    const first = await list;
    const all = [];
    for await (const r of list) all.push(r);
    expect(first).toEqual(all);
    expect(w.requests).toHaveLength(1);
  });

  it("stops on an empty page and on a cursor it has seen", async () => {
    const w = wire((_, n) =>
      n < 3
        ? ok([{ id: `r${n}` }], { cursor: n === 1 ? "x" : "y" })
        : ok([{ id: "loop" }], { cursor: "x" }),
    );
    const zt = createClient({ apiToken: "tok", accountId: "acc", fetch: w.fetch });
    const ids = [];
    for await (const r of zt.registrations.list()) ids.push(r.id);
    expect(ids).toEqual(["r1", "r2", "loop"]);
    expect(w.requests).toHaveLength(3);
    const empty = wire(() => ok([], { cursor: "next" }));
    const none = [];
    for await (const r of createClient({
      apiToken: "tok",
      accountId: "acc",
      fetch: empty.fetch,
    }).registrations.list())
      none.push(r);
    expect(none).toEqual([]);
    expect(empty.requests).toHaveLength(1);
  });
});
