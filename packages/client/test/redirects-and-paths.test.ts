import { afterEach, describe, expect, it } from "vitest";
import { ApiRedirectError, createClient } from "../src/index.js";
import { rejection, sendOk, startServer, type TestServer } from "./_server.js";

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(handler: Parameters<typeof startServer>[0]) {
  const server = await startServer(handler);
  servers.push(server);
  return server;
}

const KEYED = { apiEmail: "me@example.com", apiKey: "0123456789abcdef", accountId: "acc" };

describe("redirects", () => {
  it.each([302, 307])("a %i to another origin gets no credentials and no body", async (status) => {
    const other = await serve((_req, res) => sendOk(res, { id: "x" }));
    const api = await serve((_req, res) => {
      res.writeHead(status, { location: `${other.origin}/elsewhere` });
      res.end();
    });
    const zt = createClient({ ...KEYED, baseUrl: api.origin });
    const error = await rejection(
      zt.posture.create({ name: "D", type: "disk_encryption", input: { requireAll: true } }),
    );
    expect(other.received).toEqual([]);
    expect(error).toBeInstanceOf(ApiRedirectError);
    expect(error.message).toBe(
      `Refused a ${status} redirect to another origin (${other.origin}) on POST /accounts/{account_id}/devices/posture`,
    );
  });

  it("a redirect within the same origin is followed with the credentials", async () => {
    const api = await serve((req, res) => {
      if (req.url.endsWith("/posture")) {
        res.writeHead(301, { location: `${req.url}/` });
        res.end();
      } else sendOk(res, []);
    });
    const zt = createClient({ ...KEYED, baseUrl: api.origin });
    expect(await zt.posture.list()).toEqual([]);
    expect(api.received.map((r) => [r.url, r.headers["x-auth-key"]])).toEqual([
      ["/accounts/acc/devices/posture", KEYED.apiKey],
      ["/accounts/acc/devices/posture/", KEYED.apiKey],
    ]);
  });
});

describe("path parameters", () => {
  it.each(["", ".", ".."])("refuses %j before sending, naming the parameter", async (value) => {
    const api = await serve((_req, res) => sendOk(res, {}));
    const zt = createClient({ apiToken: "tok", accountId: "acc", baseUrl: api.origin });
    const error = await rejection(zt.posture.get(value));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toMatch(/rule_id \(argument 1\) of posture\.get \(GET /);
    expect(api.received).toEqual([]);
  });

  it("sends every value as one segment", async () => {
    const api = await serve((_req, res) => sendOk(res, {}));
    const zt = createClient({ apiToken: "tok", accountId: "acc", baseUrl: api.origin });
    await zt.posture.get("../x");
    await zt.posture.get("a/b?c#d");
    await zt.posture.get("..%2F");
    expect(api.received.map((r) => r.url)).toEqual([
      "/accounts/acc/devices/posture/..%2Fx",
      "/accounts/acc/devices/posture/a%2Fb%3Fc%23d",
      "/accounts/acc/devices/posture/..%252F",
    ]);
  });

  it("refuses a dot segment for a scope parameter too", async () => {
    const api = await serve((_req, res) => sendOk(res, {}));
    const zt = createClient({ apiToken: "tok", accountId: "..", baseUrl: api.origin });
    await expect(zt.posture.list()).rejects.toThrow(/^account_id of posture.list/);
    expect(api.received).toEqual([]);
  });
});
