import { validateResponse } from "@zt-devices/validators";
import { describe, expect, it } from "vitest";
import { createMock } from "./create-mock.js";
import { createStore } from "./create-store.js";
import { routes } from "./routes.gen.js";

const ACCOUNT = "699d98642c564d2e855e9661899b7252";
type Json = Record<string, unknown>;

describe("seeded data looks like the API's", () => {
  it("validates against the spec: every read of a fresh account", async () => {
    const store = createStore({ seed: 4 });
    const mock = createMock({ store, auth: false });
    const account = store.account(ACCOUNT);
    const ids: Record<string, string> = {
      rule_id: [...account.postureRules.keys()][0] as string,
      integration_id: [...account.postureIntegrations.keys()][0] as string,
      network_id: [...account.networks.keys()][0] as string,
      profile_id: [...account.ipProfiles.keys()][0] as string,
      dex_test_id: [...account.dexTests.keys()][0] as string,
      policy_id: [...account.policies.keys()][0] as string,
      registration_id: [...account.registrations.keys()][0] as string,
      group_id: [...account.deploymentGroups.keys()][0] as string,
    };
    const problems: string[] = [];
    for (const [operationId, route] of Object.entries(routes)) {
      if (route.method !== "GET") continue;
      const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) => {
        if (name === "account_id" || name === "zone_id") return ACCOUNT;
        if (name === "device_id") {
          const map =
            route.resource === "devices" ? account.registrations : account.physicalDevices;
          return [...map.keys()][0] as string;
        }
        return ids[name] as string;
      });
      const query = new URLSearchParams(
        operationId === "getFleetStatusLive" ? "since_minutes=10" : "",
      );
      const answer = await mock.handle({
        method: "GET",
        path,
        query,
        headers: {},
        body: undefined,
      });
      expect(answer.status, `${operationId}: ${answer.body}`).toBe(200);
      const result = await validateResponse(operationId as never, 200, JSON.parse(answer.body));
      for (const issue of result.issues ?? []) problems.push(`${operationId}: ${issue.message}`);
    }
    expect(problems).toEqual([]);
  });

  it("carries the nulls the API sends where the spec has them", async () => {
    const store = createStore({ seed: 4 });
    const mock = createMock({ store, auth: false });
    const get = async (path: string, query = "") => {
      const answer = await mock.handle({
        method: "GET",
        path: `/client/v4/accounts/${ACCOUNT}/devices${path}`,
        query: new URLSearchParams(query),
        headers: {},
        body: undefined,
      });
      return (JSON.parse(answer.body) as { result: Json[] }).result;
    };
    const registrations = await get("/registrations", "status=all");
    expect(registrations.every((r) => r.deleted_at === null)).toBe(true);
    expect(registrations.some((r) => r.revoked_at === null)).toBe(true);
    const devices = await get("/physical-devices", "active_registrations=include");
    const spare = devices.find((d) => d.name === "Spare Laptop");
    expect(spare).toMatchObject({ last_seen_at: null, client_version: null, public_ip: null });
    expect(spare?.last_seen_user).toBeNull();
    const groups = await get("/deployment-groups");
    expect(groups.some((group) => group.policy_ids === null)).toBe(true);
    const versions = groups.flatMap((group) => group.version_config as Json[]);
    expect(versions.some((v) => v.target_environment === null)).toBe(true);
  });

  it("gives a file posture rule a SHA-256 that is a hash", () => {
    const rules = [...createStore({ seed: 2 }).account(ACCOUNT).postureRules.values()];
    const hashes = rules.map((rule) => (rule.input as Json | undefined)?.sha256).filter(Boolean);
    expect(hashes.length).toBeGreaterThan(0);
    for (const hash of hashes) expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set(hashes).size).toBe(hashes.length);
  });

  it("gives every profile includes or excludes, never both, and both modes among custom ones", () => {
    const account = createStore({ seed: 2 }).account(ACCOUNT);
    const profiles = [account.defaultPolicy, ...account.policies.values()] as Json[];
    for (const profile of profiles) {
      expect(profile.include === undefined || profile.exclude === undefined).toBe(true);
    }
    const modes = [...account.policies.values()].map((p) =>
      "include" in p ? "include" : "exclude",
    );
    expect(new Set(modes)).toEqual(new Set(["include", "exclude"]));
  });
});
