import { afterEach, describe, expect, it } from "vitest";
import { checkedMock } from "../test/_harness.js";
import type { MockOptions } from "./create-mock.js";
import { examples } from "./examples.gen.js";

const TOKEN = { authorization: "Bearer test-token" };

const mocks: { problems: string[] }[] = [];
afterEach(() => {
  // Every answer, errors included, is what the spec documents for its operation and status.
  expect(mocks.flatMap((mock) => mock.problems.splice(0))).toEqual([]);
});

function caller(options: MockOptions = {}) {
  const mock = checkedMock(options);
  mocks.push(mock);
  const call = async (
    method: string,
    path: string,
    init: { body?: string; query?: string; headers?: Record<string, string> } = {},
  ) => {
    const response = await mock.handle({
      method,
      path: `/client/v4${path}`,
      query: new URLSearchParams(init.query ?? ""),
      headers: init.headers ?? TOKEN,
      body: init.body,
    });
    return { ...response, json: response.body === "" ? undefined : JSON.parse(response.body) };
  };
  return { mock, call };
}

const failure = (code: number, message: string) => ({
  success: false,
  errors: [{ code, message }],
  messages: [],
  result: null,
});

describe("createMock: bad requests get what the API sends", () => {
  const { call } = caller();

  it("400 naming the field and what is wrong", async () => {
    const res = await call("POST", "/accounts/acc/devices/posture", {
      body: JSON.stringify({ name: 42, type: "file" }),
    });
    expect(res.status).toBe(400);
    expect(res.json).toEqual(failure(1001, "/body/name must be a string"));
  });

  it("400 for a query value of the wrong type", async () => {
    const res = await call("GET", "/accounts/acc/devices/physical-devices", {
      query: "per_page=many",
    });
    expect(res.json).toEqual(failure(1001, "/query/per_page must be an integer"));
  });

  it.each(["0x10", "1e", " 16"])(
    "400 for per_page=%s, a number the validators refuse too",
    async (value) => {
      const res = await call("GET", "/accounts/acc/devices/physical-devices", {
        query: new URLSearchParams({ per_page: value }).toString(),
      });
      expect(res.status).toBe(400);
      expect(res.json).toEqual(failure(1001, "/query/per_page must be an integer"));
    },
  );

  it("400 for a missing required body", async () => {
    const res = await call("POST", "/accounts/acc/devices/networks");
    expect(res.status).toBe(400);
    expect(res.json.errors[0].message).toContain("/body");
  });

  it("400 for invalid JSON", async () => {
    const res = await call("POST", "/accounts/acc/devices/posture", { body: '{"name": ' });
    expect(res.status).toBe(400);
    expect(res.json.errors[0]).toMatchObject({ code: 6007 });
    expect(res.json.errors[0].message).toMatch(/^Malformed JSON in request body: /);
  });

  it("413 for a body over 1 MiB", async () => {
    const res = await call("POST", "/accounts/acc/devices/posture", {
      body: `"${"x".repeat(1024 * 1024)}"`,
    });
    expect(res.status).toBe(413);
    expect(res.json).toEqual(failure(1005, "Request body is larger than 1 MiB"));
  });

  it("404 for an unknown id", async () => {
    const res = await call("GET", "/accounts/acc/devices/posture/nope");
    expect(res.status).toBe(404);
    expect(res.json).toEqual(failure(1004, "No posture rule with id nope"));
  });

  it("404 for an unknown route and 405 with Allow for a wrong method", async () => {
    const none = await call("GET", "/accounts/acc/devices/nothing/here");
    expect(none.status).toBe(404);
    expect(none.json).toEqual(
      failure(7000, "No route for GET /client/v4/accounts/acc/devices/nothing/here"),
    );
    const wrong = await call("DELETE", "/accounts/acc/devices/posture");
    expect(wrong.status).toBe(405);
    expect(wrong.headers.allow).toBe("GET, HEAD, POST");
    expect(wrong.json.errors[0].code).toBe(7001);
    expect(wrong.json.errors[0].message).toContain("allowed: GET, HEAD, POST");
  });

  it("405's Allow lists HEAD only where GET is answered, and HEAD works there", async () => {
    const head = await call("HEAD", "/accounts/acc/devices/posture");
    expect(head.status).toBe(200);
    const postOnly = await call("GET", "/accounts/acc/devices/revoke");
    expect(postOnly.status).toBe(405);
    expect(postOnly.headers.allow).toBe("POST");
  });

  it("401 without credentials and 403 with malformed ones", async () => {
    const missing = await call("GET", "/accounts/acc/devices/posture", { headers: {} });
    expect(missing.status).toBe(401);
    expect(missing.json).toEqual(failure(10000, "Authentication error"));
    const malformed = await call("GET", "/accounts/acc/devices/posture", {
      headers: { authorization: "Token x" },
    });
    expect(malformed.status).toBe(403);
    expect(malformed.json.errors[0].code).toBe(6111);
  });

  it("accepts requests without credentials when auth is off", async () => {
    const open = caller({ auth: false });
    expect((await open.call("GET", "/accounts/acc/devices/posture", { headers: {} })).status).toBe(
      200,
    );
  });

  it("checks credentials before the body", async () => {
    const res = await call("POST", "/accounts/acc/devices/posture", { headers: {}, body: "{" });
    expect(res.status).toBe(401);
  });

  it("skips validation when told to, and the behaviour still answers", async () => {
    const loose = caller({ validate: false });
    const res = await loose.call("GET", "/accounts/acc/devices/physical-devices", {
      query: "per_page=0",
    });
    expect(res.status).toBe(400);
    expect(res.json.errors[0].message).toBe("/query/per_page must be a whole number >= 1");
  });
});

describe("createMock: modes", () => {
  it("answers with the spec's example in examples mode, whatever the state", async () => {
    const { call } = caller({ mode: "examples" });
    const created = await call("POST", "/accounts/acc/devices/posture", {
      body: JSON.stringify({
        name: "Mine",
        type: "firewall",
        input: { enabled: true, operating_system: "mac" },
      }),
    });
    expect(created.json).toEqual(examples.createPostureRule);
    expect((await call("GET", "/accounts/acc/devices/posture/whatever")).json).toEqual(
      examples.getPostureRule,
    );
    expect(
      (
        await call("GET", "/accounts/acc/dex/devices/d/fleet-status/live", {
          query: "since_minutes=10",
        })
      ).json,
    ).toEqual(examples.getFleetStatusLive);
  });

  it("still checks requests in examples mode", async () => {
    const { call } = caller({ mode: "examples" });
    expect((await call("GET", "/accounts/acc/dex/devices/d/fleet-status/live")).json).toEqual(
      failure(1001, "/query/since_minutes is required"),
    );
  });

  it("answers under the path with or without /client/v4", async () => {
    const { mock } = caller();
    const bare = await mock.handle({
      method: "GET",
      path: "/accounts/acc/devices/settings",
      query: new URLSearchParams(),
      headers: TOKEN,
      body: undefined,
    });
    expect(bare.status).toBe(200);
  });

  it("tells which operation a path routes to", () => {
    const { mock } = caller();
    expect(mock.operationOf("get", "/client/v4/accounts/a/devices/policy/exclude")).toBe(
      "getDefaultSplitTunnelExcludes",
    );
    expect(mock.operationOf("GET", "/accounts/a/devices/policy/p/exclude")).toBe(
      "getCustomSplitTunnelExcludes",
    );
    expect(mock.operationOf("PUT", "/accounts/a/devices/posture")).toBeUndefined();
  });
});

describe("createMock: faults", () => {
  it("fails, delays and drops as told, then answers normally", async () => {
    const { mock, call } = caller();
    mock.faults.fail("listPostureRules", 429, { times: 1 });
    const limited = await call("GET", "/accounts/acc/devices/posture");
    expect(limited.status).toBe(429);
    expect(limited.headers["retry-after"]).toBe("1");
    expect(limited.json.success).toBe(false);
    mock.faults.drop("listPostureRules");
    expect((await call("GET", "/accounts/acc/devices/posture")).drop).toBe(true);
    mock.faults.delay("listPostureRules", 30, { times: 1 });
    const started = performance.now();
    expect((await call("GET", "/accounts/acc/devices/posture")).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(25);
  });

  it("reset() clears faults and state", async () => {
    const { mock, call } = caller();
    const first = [...mock.store.account("acc").postureRules.keys()][0];
    expect((await call("DELETE", `/accounts/acc/devices/posture/${first}`)).status).toBe(200);
    mock.faults.fail("*", 500, { times: 5 });
    mock.reset();
    const list = await call("GET", "/accounts/acc/devices/posture");
    expect(list.status).toBe(200);
    expect(list.json.result.map((rule: { id: string }) => rule.id)).toContain(first);
  });
});
