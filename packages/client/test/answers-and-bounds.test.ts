import { afterEach, describe, expect, it } from "vitest";
import {
  CloudflareApiError,
  createClient,
  InternalServerError,
  InvalidResponseError,
} from "../src/index.js";
import { VERSION } from "../src/version.js";
import { rejection, sendOk, startServer, type TestServer } from "./_server.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const TOKEN = "tok-0123456789-secret";

async function serve(handler: Parameters<typeof startServer>[0], extra = {}) {
  server = await startServer(handler);
  return createClient({ apiToken: TOKEN, accountId: "acc", baseUrl: server.origin, ...extra });
}

const BAD_GATEWAY = `<!DOCTYPE html>
<html><head><title>api.cloudflare.com | 502: Bad gateway</title></head>
<body>${"<p>The web server reported a bad gateway error.</p>".repeat(200)}</body></html>`;

describe("answers that are not JSON", () => {
  it("an HTML 502 is an InternalServerError with the cf-ray and a bounded excerpt", async () => {
    const zt = await serve((_req, res) => {
      res.writeHead(502, { "content-type": "text/html", "cf-ray": "8f00aa-LHR" });
      res.end(BAD_GATEWAY);
    });
    const error = await rejection(zt.posture.list({}, { maxRetries: 0 }));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.status).toBe(502);
    expect(error.rayId).toBe("8f00aa-LHR");
    expect(error.message).toBe(
      "502 Bad Gateway on GET /accounts/{account_id}/devices/posture: text/html answer: api.cloudflare.com | 502: Bad gateway",
    );
    expect(error.body).toBe(BAD_GATEWAY.slice(0, 1000));
  });

  it("a 2xx that is not JSON is an InvalidResponseError, not a SyntaxError", async () => {
    const zt = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "text/plain", "cf-ray": "8f00ab-LHR" });
      res.end("maintenance");
    });
    const error = await rejection(zt.posture.list());
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toBeInstanceOf(CloudflareApiError);
    expect(error).toMatchObject({ status: 200, rayId: "8f00ab-LHR", body: "maintenance" });
    expect(error.message).toBe(
      "200 OK on GET /accounts/{account_id}/devices/posture: text/plain answer: maintenance",
    );
  });

  it("a credential the server echoes back is redacted from every message", async () => {
    const zt = await serve((req, res, n) => {
      const echoed = String(req.headers.authorization);
      if (n === 1) {
        res.writeHead(400, { "content-type": "application/json" });
        res.end(
          JSON.stringify({ success: false, errors: [{ code: 9, message: `bad ${echoed}` }] }),
        );
      } else {
        res.writeHead(500, { "content-type": "text/html" });
        res.end(`<title>token ${echoed}</title>`);
      }
    });
    const errors = [
      await rejection(zt.posture.list({}, { maxRetries: 0 })),
      await rejection(zt.posture.list({}, { maxRetries: 0 })),
    ];
    for (const error of errors) {
      const seen = `${error.message} ${JSON.stringify(error)} ${error.body}`;
      expect(seen).not.toContain(TOKEN);
      expect(seen).toContain("[redacted]");
    }
  });
});

describe("every loop and option is bounded", () => {
  it("stops a page list whose server ignores `page` and sends no result_info", async () => {
    const zt = await serve((_req, res) => sendOk(res, [{ id: "d1" }, { id: "d2" }]));
    const seen: unknown[] = [];
    for await (const test of zt.dexTests.list()) seen.push(test);
    expect(seen).toEqual([{ id: "d1" }, { id: "d2" }]);
    expect(server?.received).toHaveLength(2);
  });

  it("maxPages bounds a walk, per call", async () => {
    const zt = await serve((req, res) => {
      const page = Number(new URL(req.url, "http://x").searchParams.get("page") ?? 1);
      sendOk(res, [{ id: `d${page}` }], { result_info: { page, per_page: 1 } });
    });
    const seen: unknown[] = [];
    for await (const test of zt.dexTests.list({}, { maxPages: 3 })) seen.push(test);
    expect(seen).toEqual([{ id: "d1" }, { id: "d2" }, { id: "d3" }]);
  });

  it.each([
    ["maxRetries", Number.NaN],
    ["maxRetries", -1],
    ["timeoutMs", 1.5],
    ["maxPages", 0],
  ])("refuses a per-call %s of %s like createClient does", async (name, value) => {
    const zt = await serve((_req, res) => sendOk(res, []));
    await expect(zt.posture.list({}, { [name]: value })).rejects.toThrow(
      new RegExp(`^${name} must be a whole number`),
    );
    expect(server?.received).toEqual([]);
  });
});

describe("what users of the official SDK expect", () => {
  it("sends User-Agent: zt-devices/<version>, which the client's headers can replace", async () => {
    const zt = await serve((_req, res) => sendOk(res, []));
    await zt.posture.list();
    await zt.posture.list({}, { headers: { "User-Agent": "mine/1" } });
    expect(server?.received.map((r) => r.headers["user-agent"])).toEqual([
      `zt-devices/${VERSION}`,
      "mine/1",
    ]);
  });

  it("passes fetchOptions to every fetch, under the client's own method, headers and signal", async () => {
    const inits: RequestInit[] = [];
    const zt = createClient({
      apiToken: TOKEN,
      accountId: "acc",
      fetchOptions: { cache: "no-store", keepalive: true },
      fetch: async (_url, init) => {
        inits.push(init ?? {});
        return new Response(JSON.stringify({ success: true, result: [] }));
      },
    });
    await zt.posture.list();
    expect(inits[0]).toMatchObject({ cache: "no-store", keepalive: true, method: "GET" });
    expect(inits[0]?.redirect).toBe("manual");
  });

  it("logs requests, answers and retries at the level asked, never a credential", async () => {
    const lines: string[] = [];
    const logger = {
      debug: (...a: unknown[]) => lines.push(`debug ${a.join(" ")}`),
      info: (...a: unknown[]) => lines.push(`info ${a.join(" ")}`),
      warn: (...a: unknown[]) => lines.push(`warn ${a.join(" ")}`),
      error: (...a: unknown[]) => lines.push(`error ${a.join(" ")}`),
    };
    const zt = await serve(
      (_req, res, n) => {
        if (n === 1) {
          res.writeHead(503, { "retry-after": "0" });
          res.end(TOKEN);
        } else sendOk(res, []);
      },
      { logger, logLevel: "debug" },
    );
    await zt.posture.list();
    expect(lines.join("\n")).not.toContain(TOKEN);
    expect(lines.some((l) => l.startsWith("info Retrying GET"))).toBe(true);
    expect(lines.some((l) => l.startsWith("debug GET") && l.includes(" 200 "))).toBe(true);

    lines.length = 0;
    const quiet = createClient({
      apiToken: TOKEN,
      baseUrl: server?.origin,
      logger,
      logLevel: "warn",
    });
    await quiet.posture.list({ account_id: "acc" });
    expect(lines).toEqual([]);
  });
});
