import { describe, expect, it, vi } from "vitest";
import { createMock } from "../create-mock.js";

const ACCOUNT = "699d98642c564d2e855e9661899b7252";
const base = `/client/v4/accounts/${ACCOUNT}/devices`;

async function call(
  mock: ReturnType<typeof createMock>,
  method: string,
  path: string,
  body?: unknown,
) {
  const answer = await mock.handle({
    method,
    path: `${base}${path}`,
    query: new URLSearchParams(),
    headers: {},
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: answer.status, result: JSON.parse(answer.body).result };
}

describe("a profile tunnels in one split tunnel mode", () => {
  it("a new profile takes the default's mode, or the one its body names", async () => {
    const mock = createMock({ auth: false });
    const inherited = await call(mock, "POST", "/policy", {
      name: "Sales",
      match: 'identity.email == "s@x.y"',
      precedence: 7,
    });
    expect(inherited.status).toBe(200);
    expect(inherited.result.exclude).toBeDefined();
    expect(inherited.result).not.toHaveProperty("include");
    const included = await call(mock, "POST", "/policy", {
      name: "Ops",
      match: 'identity.email == "o@x.y"',
      precedence: 8,
      include: [{ address: "10.0.0.0/8" }],
    });
    expect(included.result.include).toEqual([{ address: "10.0.0.0/8" }]);
    expect(included.result).not.toHaveProperty("exclude");
  });

  it("PATCH naming the other mode switches to it, on custom and default profiles", async () => {
    const mock = createMock({ auth: false });
    const custom = [...mock.store.account(ACCOUNT).policies.values()].find((p) => "exclude" in p);
    const id = custom?.policy_id as string;
    const patched = await call(mock, "PATCH", `/policy/${id}`, {
      include: [{ host: "a.example" }],
    });
    expect(patched.result).toMatchObject({ include: [{ host: "a.example" }] });
    expect(patched.result).not.toHaveProperty("exclude");
    const renamed = await call(mock, "PATCH", `/policy/${id}`, { name: "Renamed" });
    expect(renamed.result).toMatchObject({ name: "Renamed", include: [{ host: "a.example" }] });
    const def = await call(mock, "PATCH", "/policy", { include: [{ address: "10.1.0.0/16" }] });
    expect(def.result).not.toHaveProperty("exclude");
  });

  it("a custom profile's PATCH is written once, already in one mode", async () => {
    const mock = createMock({ auth: false });
    const profiles = mock.store.account(ACCOUNT).policies;
    const id = [...profiles.values()].find((p) => "exclude" in p)?.policy_id as string;
    const writes = vi.spyOn(profiles, "set");
    const patched = await call(mock, "PATCH", `/policy/${id}`, {
      include: [{ host: "a.example" }],
    });
    expect(patched.status).toBe(200);
    expect(writes).toHaveBeenCalledTimes(1);
    expect(writes.mock.calls[0]?.[1]).not.toHaveProperty("exclude");
  });
});
