import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MockServer, startMockServer } from "../src/start-mock-server.js";

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer({ port: 0, seed: 2 });
});
afterAll(() => server.close());

interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * Sends bytes over a raw socket (as a broken or hostile client would) and reads the whole answer
 * until the server closes. `pieces` are written one after another, `gapMs` apart.
 */
function raw(
  pieces: readonly (string | Buffer)[],
  gapMs = 0,
  port = server.port,
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    const chunks: Buffer[] = [];
    socket.on("data", (chunk) => chunks.push(chunk));
    socket.on("error", reject);
    socket.on("close", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      const split = text.indexOf("\r\n\r\n");
      const [statusLine = "", ...lines] = text.slice(0, split).split("\r\n");
      const headers = Object.fromEntries(
        lines.map((line) => {
          const colon = line.indexOf(":");
          return [line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim()];
        }),
      );
      resolve({ status: Number(statusLine.split(" ")[1]), headers, body: text.slice(split + 4) });
    });
    (async () => {
      for (const piece of pieces) {
        if (socket.destroyed) return;
        await new Promise<void>((done) => socket.write(piece, () => done()));
        if (gapMs > 0) await new Promise((r) => setTimeout(r, gapMs));
      }
    })().catch(() => {});
  });
}

const envelope = (code: number, message: string | RegExp) => ({
  success: false,
  errors: [
    { code, message: typeof message === "string" ? message : expect.stringMatching(message) },
  ],
  messages: [],
  result: null,
});

const AUTH = "authorization: Bearer test\r\n";

describe("answers node:http refuses are the API's envelope", () => {
  it("an unknown method (FOO) is a 405", async () => {
    const answer = await raw([
      `FOO /client/v4/accounts/a/devices/posture HTTP/1.1\r\nhost: x\r\n\r\n`,
    ]);
    expect(answer.status).toBe(405);
    expect(answer.headers["content-type"]).toBe("application/json");
    expect(answer.headers["cf-ray"]).toMatch(/^[0-9a-f]{16}-MOCK$/);
    expect(JSON.parse(answer.body)).toEqual(envelope(7001, /^Method FOO is not allowed/));
  });

  it("a 100 KB URL is a 414", async () => {
    const answer = await raw([`GET /client/v4/${"a".repeat(100_000)} HTTP/1.1\r\nhost: x\r\n\r\n`]);
    expect(answer.status).toBe(414);
    expect(JSON.parse(answer.body)).toEqual(envelope(7004, /URL is longer than/));
  });

  it("a 64 KB header is a 431", async () => {
    const answer = await raw([
      `GET /client/v4/accounts/a/devices/posture HTTP/1.1\r\nhost: x\r\nx-big: ${"b".repeat(64 * 1024)}\r\n\r\n`,
    ]);
    expect(answer.status).toBe(431);
    expect(JSON.parse(answer.body)).toEqual(envelope(7005, /headers are larger than/));
  });

  it("a malformed request line is a 400", async () => {
    expect((await raw(["this is not http\r\n\r\n"])).status).toBe(400);
    const answer = await raw(["GET /client/v4 HTTP/1.1 and more\r\nhost: x\r\n\r\n"]);
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toEqual(envelope(7002, /^Malformed HTTP request/));
  });

  it("headers that arrive too slowly are a 408", async () => {
    const slow = await startMockServer({ port: 0, headersTimeoutMs: 300 });
    const lines = ["GET /client/v4/accounts/a/devices/posture HTTP/1.1\r\n", "host: x\r\n"];
    const answer = await raw([...lines, ...Array(20).fill("x-slow: 1\r\n")], 100, slow.port);
    await slow.close();
    expect(answer.status).toBe(408);
    expect(JSON.parse(answer.body)).toEqual(envelope(7003, /did not arrive in time/));
  });

  it("an 8 MiB upload reads the 413 envelope, not a reset", async () => {
    const size = 8 * 1024 * 1024;
    const head = `POST /client/v4/accounts/a/devices/posture HTTP/1.1\r\nhost: x\r\n${AUTH}content-type: application/json\r\ncontent-length: ${size}\r\nconnection: close\r\n\r\n`;
    const chunk = Buffer.alloc(256 * 1024, "x");
    const answer = await raw([head, ...Array(size / chunk.length).fill(chunk)]);
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toEqual(envelope(1005, "Request body is larger than 1 MiB"));
  });

  it("fetch uploading 10 MiB reads the 413", async () => {
    for (let i = 0; i < 3; i++) {
      const response = await fetch(`${server.baseUrl}/accounts/a/devices/posture`, {
        method: "POST",
        headers: { authorization: "Bearer test", "content-type": "application/json" },
        body: "y".repeat(10 * 1024 * 1024),
      });
      expect(response.status).toBe(413);
      expect((await response.json()).errors[0].code).toBe(1005);
    }
  });
});

describe("HEAD", () => {
  it("answers a GET route with the GET's status and headers and no body", async () => {
    const answer = await raw([
      `HEAD /client/v4/accounts/a/devices/posture HTTP/1.1\r\nhost: x\r\n${AUTH}connection: close\r\n\r\n`,
    ]);
    expect(answer.status).toBe(200);
    expect(Number(answer.headers["content-length"])).toBeGreaterThan(100);
    expect(answer.body).toBe("");
  });
});
