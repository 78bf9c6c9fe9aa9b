import { inspect } from "node:util";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createClient } from "../src/client.js";
import { ApiConnectionError } from "../src/connection-errors.js";
import { AuthenticationError } from "../src/errors.js";
import { failure, hangingFetch, json } from "./_wire.js";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("credentials never leak", () => {
  const TOKEN = "tok_7Hq2mZsecretTOKEN";
  const KEY = "key_9xVsecretKEY";

  async function errors(): Promise<unknown[]> {
    vi.useFakeTimers();
    const out: unknown[] = [];
    const options = { accountId: "acc", maxRetries: 0 };
    for (const auth of [{ apiToken: TOKEN }, { apiEmail: "me@example.com", apiKey: KEY }]) {
      const answers = [
        failure(401, 10000, "Authentication error"),
        json({ success: false, errors: [], messages: [] }),
      ];
      for (const answer of answers) {
        const zt = createClient({ ...auth, ...options, fetch: async () => answer });
        out.push(await zt.posture.list().catch((e: unknown) => e));
      }
      const refused = createClient({
        ...auth,
        ...options,
        fetch: async () => Promise.reject(new TypeError("fetch failed")),
      });
      out.push(await refused.posture.list().catch((e: unknown) => e));
      const slow = createClient({ ...auth, ...options, fetch: hangingFetch, timeoutMs: 5 });
      const timing = slow.posture.list().catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(5);
      out.push(await timing);
      out.push(
        await slow.posture
          .list(undefined, { signal: AbortSignal.abort() })
          .catch((e: unknown) => e),
      );
    }
    out.push(
      ((): unknown => {
        try {
          return createClient({ apiToken: `${TOKEN}\n` });
        } catch (e) {
          return e;
        }
      })(),
    );
    return out;
  }

  it("in messages, toString, toJSON or inspection of any error", async () => {
    const all = await errors();
    expect(all.map((e) => (e as Error).constructor.name)).toEqual([
      "AuthenticationError",
      "CloudflareApiError",
      "ApiConnectionError",
      "ApiTimeoutError",
      "ApiAbortError",
      "AuthenticationError",
      "CloudflareApiError",
      "ApiConnectionError",
      "ApiTimeoutError",
      "ApiAbortError",
      "TypeError",
    ]);
    for (const error of all) {
      const views = [
        (error as Error).message,
        String(error),
        JSON.stringify(error),
        inspect(error, { depth: 10, showHidden: true }),
      ];
      for (const view of views) {
        expect(view).not.toContain(TOKEN);
        expect(view).not.toContain(KEY);
      }
    }
    expect(all[0]).toBeInstanceOf(AuthenticationError);
    expect(all[2]).toBeInstanceOf(ApiConnectionError);
  });

  it("in the client object itself", () => {
    const zt = createClient({ apiToken: TOKEN, accountId: "acc" });
    expect(inspect(zt, { depth: 10, showHidden: true })).not.toContain(TOKEN);
    expect(JSON.stringify(zt)).not.toContain(TOKEN);
  });
});
