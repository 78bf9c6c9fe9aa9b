import { describe, expect, it } from "vitest";
import { createMock, type MockOptions } from "../src/create-mock.js";

const ACCOUNT = "699d98642c564d2e855e9661899b7252";
const TOKEN = { authorization: "Bearer test-token" };

function caller(options: MockOptions = {}) {
  const mock = createMock({ seed: 3, ...options });
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await mock.handle({
      method,
      path: `/client/v4/accounts/${ACCOUNT}${path}`,
      query: new URLSearchParams(),
      headers: TOKEN,
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    });
    return { status: response.status, headers: response.headers, json: JSON.parse(response.body) };
  };
  return { mock, call };
}

// `{"x":{"x":...{}}}`, `levels` objects deep, written as text (JSON.stringify would overflow).
const nested = (levels: number) => `${'{"x":'.repeat(levels - 1)}{}${"}".repeat(levels - 1)}`;

describe("a request the mock cannot answer changes nothing", () => {
  it("refuses a posture rule nesting an unknown field 4,000 levels deep, and lists still work", async () => {
    const { call } = caller();
    const body = `{"name":"Deep","type":"warp","input":${nested(4000)}}`;
    const created = await call("POST", "/devices/posture", body);
    expect(created.status).toBe(400);
    expect(created.json).toEqual({
      success: false,
      errors: [
        { code: 1001, message: "/body is nested deeper than 32 levels, the limit of the mock" },
      ],
      messages: [],
      result: null,
    });
    const list = await call("GET", "/devices/posture");
    expect(list.status).toBe(200);
    expect(list.json.result.map((rule: { name: string }) => rule.name)).not.toContain("Deep");
  });

  it("refuses a deep settings PATCH and GET /devices/settings keeps answering", async () => {
    const { call } = caller();
    const before = await call("GET", "/devices/settings");
    const patched = await call(
      "PATCH",
      "/devices/settings",
      `{"gateway_proxy_enabled":true,"extra":${nested(4000)}}`,
    );
    expect(patched.status).toBe(400);
    const after = await call("GET", "/devices/settings");
    expect(after.status).toBe(200);
    expect(after.json.result).toEqual(before.json.result);
  });

  it("accepts a body exactly at the depth limit", async () => {
    const { call } = caller();
    // The body itself is level 1 and `extra` level 2: 30 more levels inside it make 32.
    const body = `{"name":"At the limit","type":"warp","extra":${nested(31)}}`;
    const created = await call("POST", "/devices/posture", body);
    expect(created.json.errors).toEqual([]);
  });

  it("keeps the state as it was when building the answer fails", async () => {
    const { mock, call } = caller();
    const rules = mock.store.account(ACCOUNT).postureRules;
    const before = [...rules.keys()];
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    // A behaviour that stores something it cannot serialise: the store must roll back.
    const original = rules.set.bind(rules);
    rules.set = (key, value) => {
      (value as { input?: unknown }).input = cyclic;
      return original(key, value);
    };
    const created = await call("POST", "/devices/posture", { name: "Loop", type: "warp" });
    rules.set = original;
    expect(created.status).toBe(500);
    expect([...mock.store.account(ACCOUNT).postureRules.keys()]).toEqual(before);
    expect((await call("GET", "/devices/posture")).status).toBe(200);
  });
});

describe("server-assigned fields are the server's (ignored in bodies)", () => {
  it("a posture rule create with an existing id gets a new one; ids stay unique", async () => {
    const { call } = caller();
    const [first] = (await call("GET", "/devices/posture")).json.result as { id: string }[];
    const created = await call("POST", "/devices/posture", {
      id: first?.id,
      name: "Copy",
      type: "warp",
    });
    expect(created.status).toBe(200);
    expect(created.json.result.id).not.toBe(first?.id);
    const ids = (await call("GET", "/devices/posture")).json.result.map(
      (r: { id: string }) => r.id,
    );
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('a create with "id": "mine" answers the id it stores, which GET and DELETE find', async () => {
    const { call } = caller();
    const created = await call("POST", "/devices/posture", {
      id: "mine",
      name: "Mine",
      type: "warp",
    });
    const id = created.json.result.id as string;
    expect(id).not.toBe("mine");
    expect((await call("GET", `/devices/posture/${id}`)).status).toBe(200);
    expect((await call("GET", "/devices/posture/mine")).status).toBe(404);
    expect((await call("DELETE", `/devices/posture/${id}`)).status).toBe(200);
  });

  it("a PATCH or PUT cannot change a posture rule's id", async () => {
    const { call } = caller();
    const id = (await call("POST", "/devices/posture", { name: "A", type: "warp" })).json.result.id;
    const put = await call("PUT", `/devices/posture/${id}`, { id: "x", name: "B", type: "warp" });
    expect(put.json.result.id).toBe(id);
    expect((await call("GET", `/devices/posture/${id}`)).json.result.name).toBe("B");
  });

  it("IP profiles keep their id and created_at", async () => {
    const { call } = caller();
    const [profile] = (await call("GET", "/devices/ip-profiles")).json.result as {
      id: string;
      created_at: string;
    }[];
    const created = await call("POST", "/devices/ip-profiles", {
      id: profile?.id,
      created_at: "2001-01-01T00:00:00Z",
      name: "Mine",
      match: 'identity.email == "a@b.c"',
      precedence: 77,
      subnet_id: "s1",
    });
    expect(created.status).toBe(200);
    expect(created.json.result.id).not.toBe(profile?.id);
    expect(created.json.result.created_at).not.toBe("2001-01-01T00:00:00Z");
    const patched = await call("PATCH", `/devices/ip-profiles/${profile?.id}`, {
      id: "other",
      created_at: "2001-01-01T00:00:00Z",
    });
    expect(patched.json.result).toMatchObject({ id: profile?.id, created_at: profile?.created_at });
  });

  it("integrations keep their id", async () => {
    const { call } = caller();
    const [existing] = (await call("GET", "/devices/posture/integration")).json.result as {
      id: string;
    }[];
    const created = await call("POST", "/devices/posture/integration", {
      id: existing?.id,
      name: "Crowdstrike",
      type: "crowdstrike_s2s",
      interval: "10m",
      config: {
        api_url: "https://api.example.com",
        client_id: "c",
        client_secret: "s",
        customer_id: "cu",
      },
    });
    expect(created.status).toBe(200);
    expect(created.json.result.id).not.toBe(existing?.id);
  });

  it("a PATCH of the default profile with policy_id or default: false changes neither", async () => {
    const { call } = caller();
    const before = (await call("GET", "/devices/policy")).json.result;
    const patched = await call("PATCH", "/devices/policy", {
      policy_id: "hijacked",
      default: false,
      captive_portal: 300,
    });
    expect(patched.status).toBe(200);
    expect(patched.json.result).toMatchObject({
      policy_id: before.policy_id,
      default: true,
      captive_portal: 300,
    });
    expect((await call("GET", `/devices/policy/${before.policy_id}`)).status).toBe(200);
    const viaId = await call("PATCH", `/devices/policy/${before.policy_id}`, { default: false });
    expect(viaId.json.result).toMatchObject({ policy_id: before.policy_id, default: true });
  });

  it("a custom profile PATCH keeps its policy_id", async () => {
    const { call } = caller();
    const created = await call("POST", "/devices/policy", {
      name: "Mine",
      match: 'identity.email == "a@b.c"',
      precedence: 55,
    });
    const id = created.json.result.policy_id as string;
    const patched = await call("PATCH", `/devices/policy/${id}`, { policy_id: "x", default: true });
    expect(patched.json.result).toMatchObject({ policy_id: id, default: false });
    expect((await call("GET", `/devices/policy/${id}`)).status).toBe(200);
  });
});
