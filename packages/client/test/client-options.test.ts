import { afterEach, describe, expect, it, vi } from "vitest";
import { createClient } from "../src/client.js";
import { ApiTimeoutError } from "../src/connection-errors.js";
import { CloudflareApiError } from "../src/errors.js";
import { VERSION } from "../src/version.js";
import { clearEnv } from "./_env.js";
import { failure, hangingFetch, ok, wire } from "./_wire.js";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("createClient: options and environment", () => {
  it("takes credentials, account and base URL from the environment", async () => {
    clearEnv();
    vi.stubEnv("CLOUDFLARE_API_TOKEN", "env-token");
    vi.stubEnv("CLOUDFLARE_ACCOUNT_ID", "env-acc");
    vi.stubEnv("CLOUDFLARE_BASE_URL", "https://proxy.test/cf/v4/");
    const requests: string[] = [];
    const zt = createClient({
      fetch: async (input, init) => {
        const request = new Request(input, init);
        requests.push(`${request.url} ${request.headers.get("authorization")}`);
        return ok([]);
      },
    });
    await zt.posture.list();
    expect(requests).toEqual([
      "https://proxy.test/cf/v4/accounts/env-acc/devices/posture Bearer env-token",
    ]);
  });

  it("uses a global API key and email from the environment", async () => {
    clearEnv();
    vi.stubEnv("CLOUDFLARE_API_KEY", "env-key");
    vi.stubEnv("CLOUDFLARE_EMAIL", "me@example.com");
    const w = wire(() => ok([]));
    await createClient({ accountId: "acc", fetch: w.fetch }).posture.list();
    expect(w.requests[0]?.headers).toEqual({
      "user-agent": `zt-devices/${VERSION}`,
      "x-auth-email": "me@example.com",
      "x-auth-key": "env-key",
    });
  });

  it("lets options win over the environment", async () => {
    clearEnv();
    vi.stubEnv("CLOUDFLARE_API_TOKEN", "env-token");
    vi.stubEnv("CLOUDFLARE_ACCOUNT_ID", "env-acc");
    const w = wire(() => ok([]));
    await createClient({
      apiEmail: "a@b.c",
      apiKey: "k",
      accountId: "acc",
      fetch: w.fetch,
    }).posture.list();
    expect(w.requests[0]).toMatchObject({
      path: "/accounts/acc/devices/posture",
      headers: { "x-auth-email": "a@b.c", "x-auth-key": "k" },
    });
  });

  it("adds extra headers, and lets a call add its own", async () => {
    const w = wire(() => ok([]));
    const zt = createClient({
      apiToken: "t",
      accountId: "acc",
      fetch: w.fetch,
      headers: { "X-Team": "sec" },
    });
    await zt.posture.list(undefined, { headers: { "x-request-id": "42" } });
    expect(w.requests[0]?.headers).toEqual({
      authorization: "Bearer t",
      "user-agent": `zt-devices/${VERSION}`,
      "x-team": "sec",
      "x-request-id": "42",
    });
  });

  const bad: { options: Parameters<typeof createClient>[0]; want: string }[] = [
    {
      options: {},
      want: "No credentials: pass apiToken (or apiEmail and apiKey) to createClient, or set CLOUDFLARE_API_TOKEN",
    },
    { options: { apiKey: "k" }, want: "apiKey needs apiEmail (or CLOUDFLARE_EMAIL)" },
    { options: { apiEmail: "a@b.c" }, want: "apiEmail needs apiKey (or CLOUDFLARE_API_KEY)" },
    {
      options: { apiToken: "tok en" },
      want: "apiToken contains characters a header cannot carry",
    },
    {
      options: { apiToken: "t", baseUrl: "api.cloudflare.com" },
      want: 'baseUrl must be an http(s) URL; got "api.cloudflare.com"',
    },
    {
      options: { apiToken: "t", timeoutMs: -1 },
      want: "timeoutMs must be a whole number >= 0; got -1",
    },
    {
      options: { apiToken: "t", maxRetries: 1.5 },
      want: "maxRetries must be a whole number >= 0; got 1.5",
    },
  ];
  it.each(bad)("rejects bad options: $want", ({ options, want }) => {
    clearEnv();
    expect(() => createClient(options)).toThrow(want);
  });
});

describe("createClient: default timeout and retries", () => {
  it("gives up on an attempt after 60,000 ms by default, and not before", async () => {
    // A start on a whole 600 ms step: attempts share deadline timers, rounded up to 1% of the limit.
    vi.useFakeTimers({ now: 1_800_000_000_000 });
    const zt = createClient({
      apiToken: "tok",
      accountId: "acc",
      fetch: hangingFetch,
      maxRetries: 0,
    });
    let outcome: unknown = "pending";
    zt.posture.list().then(
      (value) => {
        outcome = value;
      },
      (error: unknown) => {
        outcome = error;
      },
    );
    await vi.advanceTimersByTimeAsync(59_999);
    expect(outcome).toBe("pending");
    await vi.advanceTimersByTimeAsync(1);
    expect(outcome).toBeInstanceOf(ApiTimeoutError);
    expect((outcome as ApiTimeoutError).timeoutMs).toBe(60_000);
    expect((outcome as Error).message).toBe(
      "Timed out after 60000 ms on GET /accounts/{account_id}/devices/posture",
    );
  });

  it("retries twice by default: three attempts, then the last answer's error", async () => {
    vi.useFakeTimers();
    const w = wire(() => failure(503, 1, "busy"));
    const zt = createClient({ apiToken: "tok", accountId: "acc", fetch: w.fetch });
    const call = zt.posture.list().catch((e: unknown) => e);
    await vi.runAllTimersAsync();
    const error = await call;
    expect(error).toBeInstanceOf(CloudflareApiError);
    expect((error as CloudflareApiError).status).toBe(503);
    expect(w.requests).toHaveLength(3);
  });
});
