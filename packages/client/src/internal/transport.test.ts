import { getEventListeners } from "node:events";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { BASE_URL, failure, hangingFetch, json, ok, wire } from "../../test/_wire.js";
import { ApiAbortError, ApiConnectionError, ApiTimeoutError } from "../connection-errors.js";
import { createTransport, type FetchLike, type TransportOptions } from "./transport.js";

const URL_ = `${BASE_URL}/accounts/acc/devices/posture`;
const PATH = "/accounts/{account_id}/devices/posture";

function transport(fetch: FetchLike, options: Partial<TransportOptions> = {}) {
  return createTransport({
    fetch,
    headers: { authorization: "Bearer tok" },
    timeoutMs: 60_000,
    maxRetries: 2,
    baseUrl: BASE_URL,
    ...options,
  });
}

/** Times (ms after the start) at which each request went out. */
function timed(reply: (n: number) => Response) {
  const start = Date.now();
  const times: number[] = [];
  const w = wire((_, n) => {
    times.push(Date.now() - start);
    return reply(n);
  });
  return { ...w, times };
}

beforeEach(() => {
  // A round start keeps shared deadlines (1% of the timeout) on the exact millisecond.
  vi.useFakeTimers({ now: 0 });
  vi.spyOn(Math, "random").mockReturnValue(0);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("transport: headers", () => {
  it("adds the client's headers; the call's win whatever their case", async () => {
    const w = wire(() => ok(null));
    const send = transport(w.fetch, { headers: { authorization: "Bearer tok", "x-team": "a" } });
    await send(URL_, { method: "GET" });
    await send(URL_, { method: "GET", headers: { Authorization: "Bearer other", "X-Extra": "1" } });
    await send(URL_, { method: "GET", headers: new Headers({ "x-team": "b" }) });
    expect(w.requests.map((r) => r.headers)).toEqual([
      { authorization: "Bearer tok", "x-team": "a" },
      { authorization: "Bearer other", "x-team": "a", "x-extra": "1" },
      { authorization: "Bearer tok", "x-team": "b" },
    ]);
  });
});

describe("transport: retries", () => {
  it("backs off exponentially on 5xx and returns the answer that succeeds", async () => {
    const t = timed((n) => (n < 3 ? failure(503, 10000, "busy") : ok("done")));
    const pending = transport(t.fetch)(URL_, { method: "GET" });
    await vi.runAllTimersAsync();
    const response = await pending;
    expect(response.status).toBe(200);
    expect(t.times).toEqual([0, 500, 1500]);
  });

  it("returns the last answer once the retries are spent", async () => {
    const t = timed(() => failure(500, 1, "boom"));
    const pending = transport(t.fetch, { maxRetries: 3 })(URL_, { method: "GET" });
    await vi.runAllTimersAsync();
    expect((await pending).status).toBe(500);
    expect(t.times).toEqual([0, 500, 1500, 3500]);
  });

  it.each([408, 409, 429])("retries %i", async (status) => {
    const t = timed((n) => (n === 1 ? failure(status, 1, "again") : ok(null)));
    const pending = transport(t.fetch)(URL_, { method: "GET" });
    await vi.runAllTimersAsync();
    expect((await pending).status).toBe(200);
    expect(t.requests).toHaveLength(2);
  });

  it.each([400, 401, 403, 404, 422])("does not retry %i", async (status) => {
    const t = timed(() => failure(status, 1, "no"));
    const response = await transport(t.fetch)(URL_, { method: "GET" });
    expect(response.status).toBe(status);
    expect(t.requests).toHaveLength(1);
  });

  it("honours Retry-After in seconds", async () => {
    const t = timed((n) =>
      n === 1 ? failure(429, 971, "slow down", { "retry-after": "3" }) : ok(null),
    );
    const pending = transport(t.fetch)(URL_, { method: "GET" });
    await vi.runAllTimersAsync();
    await pending;
    expect(t.times).toEqual([0, 3000]);
  });

  it("honours Retry-After as an HTTP-date", async () => {
    vi.setSystemTime(new Date("2025-06-01T12:00:00Z"));
    const date = "Sun, 01 Jun 2025 12:00:07 GMT";
    const t = timed((n) =>
      n === 1 ? failure(503, 1, "later", { "retry-after": date }) : ok(null),
    );
    const pending = transport(t.fetch)(URL_, { method: "GET" });
    await vi.runAllTimersAsync();
    await pending;
    expect(t.times).toEqual([0, 7000]);
  });

  it("honours retry-after-ms", async () => {
    const t = timed((n) =>
      n === 1 ? failure(429, 1, "x", { "retry-after-ms": "120" }) : ok(null),
    );
    const pending = transport(t.fetch)(URL_, { method: "GET" });
    await vi.runAllTimersAsync();
    await pending;
    expect(t.times).toEqual([0, 120]);
  });

  it("caps Retry-After at 60 s", async () => {
    const t = timed((n) => (n === 1 ? failure(429, 1, "x", { "retry-after": "3600" }) : ok(null)));
    const pending = transport(t.fetch)(URL_, { method: "GET" });
    await vi.runAllTimersAsync();
    await pending;
    expect(t.times).toEqual([0, 60_000]);
  });

  it("takes maxRetries from the call", async () => {
    const t = timed(() => failure(503, 1, "x"));
    const pending = transport(t.fetch)(URL_, { method: "GET", maxRetries: 0 });
    await vi.runAllTimersAsync();
    expect((await pending).status).toBe(503);
    expect(t.requests).toHaveLength(1);
  });

  it("retries connection failures, then throws ApiConnectionError", async () => {
    let calls = 0;
    const refused: FetchLike = async () => {
      calls++;
      throw new TypeError("fetch failed", {
        cause: Object.assign(new Error("refused"), { code: "ECONNREFUSED" }),
      });
    };
    const pending = transport(refused)(URL_, { method: "GET", path: PATH }).catch(
      (e: unknown) => e,
    );
    await vi.runAllTimersAsync();
    const error = await pending;
    expect(error).toBeInstanceOf(ApiConnectionError);
    expect(error).toMatchObject({ message: `Connection error on GET ${PATH} (ECONNREFUSED)` });
    expect(calls).toBe(3);
  });

  it("replays a string body intact on every attempt of a write that opts in", async () => {
    const t = timed((n) => (n < 3 ? failure(502, 1, "x") : ok(null)));
    const body = JSON.stringify({ name: "Disk encryption", input: { requireAll: true } });
    const pending = transport(t.fetch)(URL_, {
      method: "POST",
      retryWrites: true,
      body,
      headers: { "content-type": "application/json" },
    });
    await vi.runAllTimersAsync();
    await pending;
    expect(t.requests.map((r) => [r.method, r.body, r.headers["content-type"]])).toEqual(
      Array(3).fill([
        "POST",
        { name: "Disk encryption", input: { requireAll: true } },
        "application/json",
      ]),
    );
  });
});

describe("transport: timeouts and aborts", () => {
  it("times out each attempt, retries, then throws ApiTimeoutError", async () => {
    let calls = 0;
    const fetch: FetchLike = (input, init) => {
      calls++;
      return hangingFetch(input, init);
    };
    const pending = transport(fetch, { timeoutMs: 1000, maxRetries: 1 })(URL_, {
      method: "GET",
      path: PATH,
    });
    const settled = pending.catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(2499);
    expect(calls).toBe(2);
    await vi.advanceTimersByTimeAsync(1);
    const error = await settled;
    expect(error).toBeInstanceOf(ApiTimeoutError);
    expect(error).toMatchObject({
      message: `Timed out after 1000 ms on GET ${PATH}`,
      timeoutMs: 1000,
    });
  });

  it("takes timeoutMs from the call", async () => {
    const settled = transport(hangingFetch, { maxRetries: 0 })(URL_, {
      method: "GET",
      timeoutMs: 50,
    }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(50);
    expect(await settled).toBeInstanceOf(ApiTimeoutError);
  });

  it("does not retry when the caller aborts a request in flight", async () => {
    let calls = 0;
    const fetch: FetchLike = (input, init) => {
      calls++;
      return hangingFetch(input, init);
    };
    const caller = new AbortController();
    const settled = transport(fetch)(URL_, {
      method: "GET",
      signal: caller.signal,
      path: PATH,
    }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(10);
    caller.abort("leaving");
    const error = await settled;
    expect(error).toBeInstanceOf(ApiAbortError);
    expect(error).toMatchObject({ message: `Request aborted on GET ${PATH}`, cause: "leaving" });
    await vi.runAllTimersAsync();
    expect(calls).toBe(1);
  });

  it("stops during a backoff when the caller aborts", async () => {
    const t = timed(() => failure(503, 1, "x"));
    const caller = new AbortController();
    const settled = transport(t.fetch)(URL_, { method: "GET", signal: caller.signal }).catch(
      (e: unknown) => e,
    );
    await vi.advanceTimersByTimeAsync(100);
    caller.abort();
    expect(await settled).toBeInstanceOf(ApiAbortError);
    await vi.runAllTimersAsync();
    expect(t.requests).toHaveLength(1);
  });

  it("sends nothing when the signal is already aborted", async () => {
    const t = timed(() => ok(null));
    await expect(transport(t.fetch)(URL_, { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(
      ApiAbortError,
    );
    expect(t.requests).toHaveLength(0);
  });

  it("leaves no listener on a signal the caller reuses", async () => {
    const t = timed((n) => (n % 2 ? failure(503, 1, "x") : ok(null)));
    const caller = new AbortController();
    const send = transport(t.fetch);
    for (let i = 0; i < 3; i++) {
      const pending = send(URL_, { method: "GET", signal: caller.signal });
      await vi.runAllTimersAsync();
      await pending;
    }
    expect(getEventListeners(caller.signal, "abort")).toHaveLength(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("names the path from the URL when the call gives none", async () => {
    const settled = transport(hangingFetch, { maxRetries: 0 })(`${URL_}?page=2`, {
      timeoutMs: 5,
    }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(5);
    expect(await settled).toMatchObject({ path: "/accounts/acc/devices/posture" });
  });

  it("answers the status json() sees", async () => {
    const response = await transport(async () => json({ a: 1 }, 201))(URL_);
    expect(await response.json()).toEqual({ a: 1 });
  });
});
