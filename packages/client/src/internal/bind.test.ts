import { describe, expect, it } from "vitest";
import { json, ok, wire } from "../../test/_wire.js";
import { operationTable } from "../../test/fixture/operation-table.gen.js";
import type { Resources } from "../../test/fixture/resources.gen.js";
import type { ClientOptions } from "../client-options.js";
import { bindResources } from "./bind.js";
import { type CallHooks, createContext } from "./context.js";

/** A client of the generator's fixture spec, as createClient builds one of the real spec. */
function fixtureClient(options: ClientOptions, hooks?: CallHooks): Resources {
  return bindResources(operationTable, createContext(options, hooks)) as unknown as Resources;
}

describe("bindResources on the fixture's generated table", () => {
  it("nests groups and binds every operation to a method at its dotted name", () => {
    const zt = fixtureClient({ apiToken: "t" });
    expect(Object.keys(zt).sort()).toEqual([
      "certificates",
      "fleetStatus",
      "physicalDevices",
      "policies",
      "posture",
      "registrations",
    ]);
    expect(typeof zt.policies.default.excludes.set).toBe("function");
    expect(typeof zt.policies.custom.excludes.set).toBe("function");
  });

  it("fills zone_id from the client and unwraps no envelope where the spec has none", async () => {
    const w = wire((r) =>
      r.path.startsWith("/zones")
        ? ok({ enabled: true })
        : json({ deviceId: "d", status: "paused" }),
    );
    const zt = fixtureClient({ apiToken: "t", accountId: "acc", zoneId: "zone", fetch: w.fetch });
    expect(await zt.certificates.get()).toEqual({ enabled: true });
    expect(await zt.fleetStatus.live("d", { since_minutes: 5 })).toEqual({
      deviceId: "d",
      status: "paused",
    });
    expect(w.requests.map((r) => `${r.path}?${r.query}`)).toEqual([
      "/zones/zone/devices/policy/certificates?",
      "/accounts/acc/dex/devices/d/fleet-status/live?since_minutes=5",
    ]);
  });
});

describe("call hooks (the seam for request and response validation)", () => {
  it("see each call's operation, body and params before it is sent, and its exchange after", async () => {
    const seen: unknown[] = [];
    const w = wire(() => ok([{ address: "10.0.0.0/8" }]));
    const zt = fixtureClient(
      { apiToken: "t", accountId: "acc", fetch: w.fetch },
      {
        request: (op, input) => {
          seen.push([
            "request",
            op.id,
            op.name,
            input.body,
            input.url,
            input.path,
            input.params,
            w.requests.length,
          ]);
        },
        response: (op, exchange) => {
          seen.push(["response", op.name, exchange.data]);
        },
      },
    );
    await zt.policies.custom.excludes.set("p1", [{ address: "10.0.0.0/8" }], {
      account_id: "other",
    });
    expect(seen).toEqual([
      [
        "request",
        "setCustomSplitTunnelExcludes",
        "policies.custom.excludes.set",
        [{ address: "10.0.0.0/8" }],
        "https://api.cloudflare.com/client/v4/accounts/other/devices/policy/p1/exclude",
        { account_id: "other", policy_id: "p1" },
        { account_id: "other" },
        0,
      ],
      ["response", "policies.custom.excludes.set", [{ address: "10.0.0.0/8" }]],
    ]);
  });

  it("can refuse a call before anything is sent, or an answer before it reaches the caller", async () => {
    const w = wire(() => ok({ id: "r1" }));
    const refuse = (where: string) => () => {
      throw new TypeError(`invalid ${where}`);
    };
    const strictRequest = fixtureClient(
      { apiToken: "t", accountId: "a", fetch: w.fetch },
      { request: refuse("body") },
    );
    await expect(strictRequest.posture.create({ name: "x", type: "file" })).rejects.toThrow(
      "invalid body",
    );
    expect(w.requests).toHaveLength(0);
    const strictResponse = fixtureClient(
      { apiToken: "t", accountId: "a", fetch: w.fetch },
      { response: refuse("answer") },
    );
    await expect(strictResponse.posture.get("r1")).rejects.toThrow("invalid answer");
    expect(w.requests).toHaveLength(1);
  });
});
