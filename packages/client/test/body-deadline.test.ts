import { afterEach, describe, expect, it } from "vitest";
import { ApiAbortError, ApiTimeoutError, createClient } from "../src/index.js";
import { rejection, sendOk, stallBody, startServer, type TestServer } from "./_server.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/**
 * A server whose first `stalls` answers send their headers and then never finish the body. One
 * request is made first, so that a cold `fetch` cannot spend the deadline before the headers.
 */
async function stallingServer(stalls: number) {
  let n = 0;
  server = await startServer((req, res) => {
    if (req.url === "/warm") sendOk(res, null);
    else if (++n <= stalls) stallBody(res);
    else sendOk(res, [{ id: "r1", name: "Disk" }]);
  });
  await (await fetch(`${server.origin}/warm`)).text();
  return createClient({ apiToken: "tok", accountId: "acc", baseUrl: server.origin });
}

const posture = () => server?.received.filter((r) => r.url !== "/warm") ?? [];

describe("one deadline per attempt, body included", () => {
  it("a stalled body without a caller signal rejects with ApiTimeoutError", async () => {
    const zt = await stallingServer(10);
    const error = await rejection(zt.posture.list({}, { timeoutMs: 500, maxRetries: 0 }));
    expect(error).toBeInstanceOf(ApiTimeoutError);
    expect(error.message).toBe(
      "Timed out after 500 ms on GET /accounts/{account_id}/devices/posture",
    );
  });

  it("a stalled body with a caller signal still times out after timeoutMs", async () => {
    const zt = await stallingServer(10);
    const started = Date.now();
    const signal = new AbortController().signal;
    const error = await rejection(zt.posture.list({}, { timeoutMs: 500, maxRetries: 0, signal }));
    expect(error).toBeInstanceOf(ApiTimeoutError);
    expect(Date.now() - started).toBeLessThan(5_000);
  }, 10_000);

  it("retries a GET whose body stalled, as a timeout", async () => {
    const zt = await stallingServer(1);
    const rules = await zt.posture.list({}, { timeoutMs: 500, maxRetries: 1 });
    expect(rules).toEqual([{ id: "r1", name: "Disk" }]);
    expect(posture()).toHaveLength(2);
  }, 10_000);

  it("abort() after the headers rejects at once with ApiAbortError, never retried", async () => {
    const zt = await stallingServer(10);
    const controller = new AbortController();
    const pending = rejection(
      zt.posture.list({}, { timeoutMs: 0, maxRetries: 2, signal: controller.signal }),
    );
    await waitFor(() => posture().length === 1);
    await new Promise((resolve) => setTimeout(resolve, 100)); // the headers are in by now
    controller.abort();
    const error = await pending;
    expect(error).toBeInstanceOf(ApiAbortError);
    expect(posture()).toHaveLength(1);
  }, 10_000);
});

async function waitFor(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}
