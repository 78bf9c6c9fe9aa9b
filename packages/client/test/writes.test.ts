import { afterEach, describe, expect, it } from "vitest";
import {
  ApiConnectionError,
  ApiTimeoutError,
  ConflictError,
  createClient,
  InternalServerError,
} from "../src/index.js";
import { rejection, sendFailure, sendOk, startServer, type TestServer } from "./_server.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const RULE = { name: "Disk", type: "disk_encryption", input: { requireAll: true } } as const;

function client(origin: string, extra = {}) {
  return createClient({ apiToken: "tok", accountId: "acc", baseUrl: origin, ...extra });
}

describe("writes are not repeated when the server may have applied them", () => {
  it("posture.create that times out after the server applied it leaves one rule", async () => {
    const rules: unknown[] = [];
    server = await startServer((req, res) => {
      if (req.url === "/warm") return sendOk(res, null);
      rules.push(JSON.parse(req.body));
      setTimeout(() => sendOk(res, { id: "r1" }), 1_000); // applied, answered late
    });
    // A first request, so that a cold fetch cannot spend the deadline before sending.
    await (await fetch(`${server.origin}/warm`)).text();
    const error = await rejection(
      client(server.origin).posture.create(RULE, {}, { timeoutMs: 300, maxRetries: 2 }),
    );
    expect(error).toBeInstanceOf(ApiTimeoutError);
    // Longer than any backoff: a retry would have arrived by now.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(rules).toHaveLength(1);
  }, 10_000);

  it.each([
    [502, InternalServerError],
    [503, InternalServerError],
    [409, ConflictError],
  ])("a POST answered %i is not sent again", async (status, Class) => {
    server = await startServer((_req, res) => sendFailure(res, status));
    const error = await rejection(
      client(server.origin).posture.create(RULE, {}, { maxRetries: 2 }),
    );
    expect(error).toBeInstanceOf(Class);
    expect(server.received).toHaveLength(1);
  });

  it("registrations.revoke is not sent again after the connection was reset", async () => {
    // A connection reset mid-request: the server takes the request and destroys the socket.
    const dropping = await startResettingServer();
    const error = await rejection(
      client(dropping.origin).registrations.revoke({ id: ["a"] }, { maxRetries: 2 }),
    );
    expect(error).toBeInstanceOf(ApiConnectionError);
    expect(dropping.count()).toBe(1);
    await dropping.close();
  });

  it("a POST is retried when a 503 or 429 says with Retry-After that it was not applied", async () => {
    server = await startServer((_req, res, n) => {
      if (n === 1) sendFailure(res, 503, { "retry-after": "0" });
      else if (n === 2) sendFailure(res, 429, { "retry-after": "0" });
      else sendOk(res, { id: "r1" });
    });
    expect(await client(server.origin).posture.create(RULE)).toEqual({ id: "r1" });
    expect(server.received).toHaveLength(3);
  });

  it("a POST is retried when the connection was refused", async () => {
    const closed = await startServer(() => {});
    await closed.close(); // nothing listens on this port any more
    const seen: string[] = [];
    const zt = client(closed.origin, {
      fetch: (input: string, init?: RequestInit) => {
        seen.push(String(init?.method));
        return fetch(input, init);
      },
    });
    const error = await rejection(zt.posture.create(RULE, {}, { maxRetries: 1 }));
    expect(error).toBeInstanceOf(ApiConnectionError);
    expect(seen).toEqual(["POST", "POST"]);
  });

  it("retryWrites opts in, per call and per client", async () => {
    server = await startServer((_req, res, n) => (n % 2 ? sendFailure(res, 502) : sendOk(res, {})));
    await client(server.origin).posture.create(RULE, {}, { retryWrites: true });
    expect(server.received).toHaveLength(2);
    await client(server.origin, { retryWrites: true }).posture.create(RULE);
    expect(server.received).toHaveLength(4);
  });

  it("GET and PUT keep their retries on 502", async () => {
    server = await startServer((_req, res, n) => (n % 2 ? sendFailure(res, 502) : sendOk(res, {})));
    const zt = client(server.origin);
    await zt.posture.get("r1");
    await zt.posture.update("r1", RULE);
    expect(server.received.map((r) => r.method)).toEqual(["GET", "GET", "PUT", "PUT"]);
  });
});

/** A server that takes each request and destroys its connection without answering. */
async function startResettingServer() {
  const { createServer } = await import("node:http");
  let count = 0;
  const s = createServer((req) => {
    count++;
    req.socket.destroy();
  });
  await new Promise<void>((resolve) => s.listen(0, "127.0.0.1", resolve));
  const { port } = s.address() as { port: number };
  return {
    origin: `http://127.0.0.1:${port}`,
    count: () => count,
    close: () => new Promise<void>((resolve) => s.close(() => resolve())),
  };
}
