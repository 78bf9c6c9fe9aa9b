import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHandlers } from "./create-handlers.js";
import { createMock } from "./create-mock.js";
import { respondWith } from "./respond-with.js";
import { routes } from "./routes.gen.js";

const BASE = "http://mock.test/api/v4";
const mock = createMock({ seed: 2 });
const handlers = createHandlers(mock, { baseUrl: BASE });
// Reversed, so that `/policy/{policy_id}` comes before `/policy/exclude`: the order must not matter.
const server = setupServer(...Object.values(handlers).reverse());
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

const AUTH = { authorization: "Bearer t" };
const get = (path: string) => fetch(`${BASE}/accounts/acc${path}`, { headers: AUTH });

describe("createHandlers", () => {
  it("has one handler per operation, named from its operationId, and one for the rest", () => {
    expect(Object.keys(handlers).sort()).toEqual([...Object.keys(routes), "unhandled"].sort());
    expect(handlers.listPostureRules.info.header).toBe(
      `GET ${BASE}/accounts/:account_id/devices/posture`,
    );
  });

  it("serves under any base URL, whatever the handlers' order", async () => {
    const excludes = await get("/devices/policy/exclude");
    expect(excludes.status).toBe(200);
    expect((await excludes.json()).result).toEqual(mock.store.account("acc").defaultPolicy.exclude);
    const policyId = [...mock.store.account("acc").policies.keys()][0];
    const profile = await get(`/devices/policy/${policyId}`);
    expect((await profile.json()).result.policy_id).toBe(policyId);
  });

  it("answers unknown routes and methods under the base URL itself, never from the network", async () => {
    const unknown = await get("/devices/unknown/route/here");
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).errors[0].code).toBe(7000);
    const wrong = await fetch(`${BASE}/accounts/acc/devices/posture`, {
      method: "PUT",
      headers: AUTH,
    });
    expect(wrong.status).toBe(405);
  });

  it("turns a dropped connection into a network error", async () => {
    mock.faults.drop("getDeviceSettings");
    await expect(get("/devices/settings")).rejects.toThrow(TypeError);
  });

  it("passes the body and headers through", async () => {
    const response = await fetch(`${BASE}/accounts/acc/devices/posture`, {
      method: "POST",
      headers: { "X-Auth-Email": "me@example.com", "X-Auth-Key": "key" },
      body: JSON.stringify({ name: "Via msw", type: "gateway" }),
    });
    expect((await response.json()).result).toMatchObject({ name: "Via msw", type: "gateway" });
  });

  it("lets a test answer one operation its own way with respondWith", async () => {
    server.use(
      respondWith(
        "listPostureRules",
        { success: true, errors: [], messages: [], result: [] },
        { baseUrl: BASE },
      ),
    );
    expect((await (await get("/devices/posture")).json()).result).toEqual([]);
    server.use(
      respondWith(
        "getPostureRule",
        (request) => ({
          success: true,
          errors: [],
          messages: [],
          result: { id: new URL(request.url).pathname.split("/").at(-1) as string, type: "warp" },
        }),
        { baseUrl: BASE, status: 200 },
      ),
    );
    expect((await (await get("/devices/posture/abc")).json()).result).toEqual({
      id: "abc",
      type: "warp",
    });
    server.resetHandlers();
    expect((await (await get("/devices/posture")).json()).result).toEqual([
      ...mock.store.account("acc").postureRules.values(),
    ]);
  });
});
