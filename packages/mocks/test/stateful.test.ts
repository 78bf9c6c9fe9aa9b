import { BadRequestError, createClient, NotFoundError } from "@zt-devices/client";
import type { Registration } from "@zt-devices/types";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { setupZtDevicesMock } from "../src/setup-zt-devices-mock.js";
import { checkedMock } from "./_harness.js";

const ACCOUNT = "699d98642c564d2e855e9661899b7252";
const mock = checkedMock({ seed: 21 });
const api = setupZtDevicesMock({ mock, hooks: { beforeAll, afterEach, afterAll } });
const zt = createClient({
  apiToken: "test-token",
  accountId: ACCOUNT,
  zoneId: "zone-1",
  maxRetries: 0,
});
const account = () => api.store.account(ACCOUNT);
const firstId = <T>(map: Map<string, T>) => [...map.keys()][0] as string;

afterEach(() => {
  // Every answer of every scenario matched its response schema.
  expect(mock.problems).toEqual([]);
  mock.problems.length = 0;
});

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail("expected the call to fail"),
    (error: unknown) => error,
  );
}

describe("collections: create, get, list, update, delete, then 404", () => {
  it("posture rules (PUT replaces)", async () => {
    const created = await zt.posture.create({
      name: "Disk encrypted",
      type: "disk_encryption",
      description: "all disks",
      input: { requireAll: true },
    });
    expect(created).toMatchObject({ name: "Disk encrypted", type: "disk_encryption" });
    const id = created.id as string;
    expect(await zt.posture.get(id)).toEqual(created);
    expect((await zt.posture.list()).map((rule) => rule.id)).toContain(id);

    const replaced = await zt.posture.update(id, {
      name: "Firewall on",
      type: "firewall",
      input: { enabled: true, operating_system: "mac" },
    });
    expect(replaced).toEqual({
      id,
      name: "Firewall on",
      type: "firewall",
      input: { enabled: true, operating_system: "mac" },
    });
    expect(await zt.posture.get(id)).not.toHaveProperty("description");

    expect(await zt.posture.delete(id)).toEqual({ id });
    const error = await rejection(zt.posture.get(id));
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).status).toBe(404);
    expect((await zt.posture.list()).map((rule) => rule.id)).not.toContain(id);
  });

  it("IP profiles (PATCH merges)", async () => {
    const created = await zt.ipProfiles.create({
      name: "Developers",
      match: 'identity.email == "a@b.c"',
      precedence: 5,
      subnet_id: "s1",
    });
    expect(created).toMatchObject({ enabled: true, description: "" });
    const patched = await zt.ipProfiles.edit(created.id, { name: "Devs" });
    expect(patched).toMatchObject({
      id: created.id,
      name: "Devs",
      match: 'identity.email == "a@b.c"',
      precedence: 5,
      subnet_id: "s1",
    });
    expect(await zt.ipProfiles.get(created.id)).toEqual(patched);
    expect(await zt.ipProfiles.delete(created.id)).toEqual({ id: created.id });
    expect(await rejection(zt.ipProfiles.get(created.id))).toBeInstanceOf(NotFoundError);
  });

  it("managed networks refuse a second network with the same name", async () => {
    const body = {
      name: "hq",
      type: "tls" as const,
      config: { tls_sockaddr: "hq.example.com:443" },
    };
    await zt.networks.create(body);
    const error = await rejection(zt.networks.create(body));
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).message).toContain(
      '/body/name must be unique: a device managed network named "hq" exists',
    );
  });

  it("posture integrations keep their secrets to themselves", async () => {
    const created = await zt.posture.integrations.create({
      name: "Crowdstrike",
      type: "crowdstrike_s2s",
      interval: "10m",
      config: {
        api_url: "https://api.crowdstrike.com",
        client_id: "cid",
        client_secret: "s3cret",
        customer_id: "cust",
      },
    });
    expect(JSON.stringify(created)).not.toContain("s3cret");
    expect(created.config).toEqual({
      api_url: "https://api.crowdstrike.com",
      auth_url: "",
      client_id: "cid",
    });
    expect(account().postureIntegrations.get(created.id as string)?.config.client_secret).toBe(
      "s3cret",
    );
  });

  it("DEX tests page by page, filtered by kind", async () => {
    for (let i = 0; i < 5; i++) {
      await zt.dexTests.create({
        name: `trace ${i}`,
        enabled: true,
        interval: "1h",
        data: { host: "1.1.1.1", kind: "traceroute" },
      });
    }
    const names: string[] = [];
    for await (const test of zt.dexTests.list({ per_page: 2, kind: "traceroute" }))
      names.push(test.name);
    expect(names).toEqual(["trace 0", "trace 1", "trace 2", "trace 3", "trace 4"]);
    const remaining = await zt.dexTests.delete(firstId(account().dexTests));
    expect(remaining?.dex_tests).toHaveLength(account().dexTests.size);
  });
});

describe("device settings profiles and their lists", () => {
  it("PUT of a split tunnel or fallback list replaces it and GET returns it", async () => {
    const excludes = [
      { address: "10.0.0.0/8", description: "corp" },
      { host: "intranet.example.com" },
    ];
    expect(await zt.policies.default.excludes.update(excludes)).toEqual(excludes);
    expect(await zt.policies.default.excludes.get()).toEqual(excludes);
    expect((await zt.policies.default.get()).exclude).toEqual(excludes);

    const policyId = firstId(account().policies);
    const domains = [{ suffix: "corp.example", dns_server: ["10.0.0.53"] }];
    await zt.policies.custom.fallbackDomains.update(policyId, domains);
    expect(await zt.policies.custom.fallbackDomains.get(policyId)).toEqual(domains);
    await zt.policies.custom.includes.update(policyId, []);
    expect(await zt.policies.custom.includes.get(policyId)).toEqual([]);
    expect(await rejection(zt.policies.custom.excludes.get("no-such-profile"))).toBeInstanceOf(
      NotFoundError,
    );
  });

  it("a new profile starts from the default profile's lists; both tunnel modes at once are refused", async () => {
    await zt.policies.default.excludes.update([{ address: "172.16.0.0/12" }]);
    const created = await zt.policies.custom.create({
      name: "Sales",
      match: 'identity.email == "s@x.y"',
      precedence: 7,
    });
    expect(created).toMatchObject({
      default: false,
      enabled: true,
      exclude: [{ address: "172.16.0.0/12" }],
    });
    const error = await rejection(
      zt.policies.custom.edit(created.policy_id as string, {
        include: [{ address: "1.1.1.1/32" }],
        exclude: [],
      }),
    );
    expect((error as BadRequestError).message).toContain(
      "/body/include and /body/exclude cannot be set in the same request",
    );
  });

  it("the default profile cannot be deleted; a custom one can, then answers 404", async () => {
    const defaultId = account().defaultPolicy.policy_id as string;
    const error = await rejection(zt.policies.custom.delete(defaultId));
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).message).toContain(
      "The default device settings profile cannot be deleted",
    );
    const customId = firstId(account().policies);
    const remaining = await zt.policies.custom.delete(customId);
    expect(remaining.map((p) => p.policy_id)).not.toContain(customId);
    expect(await rejection(zt.policies.custom.get(customId))).toBeInstanceOf(NotFoundError);
  });

  it("certificate provisioning is kept per zone", async () => {
    await zt.policies.default.certificates.edit({ enabled: false });
    expect(await zt.policies.default.certificates.get()).toEqual({ enabled: false });
    expect(await zt.policies.default.certificates.get({ zone_id: "zone-2" })).toEqual({
      enabled: true,
    });
  });
});

describe("account settings and the global WARP override", () => {
  it("PUT replaces, PATCH merges, DELETE resets to the defaults", async () => {
    await zt.settings.edit({ gateway_proxy_enabled: true, disable_for_time: 600 });
    expect(await zt.settings.get()).toMatchObject({
      gateway_proxy_enabled: true,
      disable_for_time: 600,
      use_zt_virtual_ip: true,
    });
    const replaced = await zt.settings.update({ use_zt_virtual_ip: true });
    expect(replaced).toMatchObject({
      use_zt_virtual_ip: true,
      gateway_proxy_enabled: false,
      disable_for_time: 0,
    });
    const reset = await zt.settings.reset();
    expect(reset).toEqual({
      disable_for_time: 0,
      external_emergency_signal_enabled: false,
      gateway_proxy_enabled: false,
      gateway_udp_proxy_enabled: false,
      root_certificate_installation_enabled: false,
      use_zt_virtual_ip: false,
    });
    expect(await zt.settings.get()).toEqual(reset);
  });

  it("the global WARP override remembers what was set", async () => {
    const set = await zt.globalWarpOverride.set({ disconnect: true, justification: "incident" });
    expect(set.disconnect).toBe(true);
    expect(await zt.globalWarpOverride.get()).toEqual(set);
  });
});

describe("registrations and physical devices", () => {
  it("revoke and unrevoke change what get and list show", async () => {
    const active = await zt.registrations.list();
    const id = active[0]?.id as string;
    await zt.registrations.revoke({ id: [id] });
    expect((await zt.registrations.get(id)).revoked_at).toEqual(expect.any(String));
    expect((await zt.registrations.list()).map((r) => r.id)).not.toContain(id);
    expect((await zt.registrations.list({ status: "revoked" })).map((r) => r.id)).toContain(id);
    await zt.registrations.unrevoke({ id: [id] });
    expect((await zt.registrations.get(id)).revoked_at).toBeNull();
    expect((await zt.registrations.list()).map((r) => r.id)).toContain(id);
  });

  it("revoking a physical device revokes its registrations", async () => {
    const device = (await zt.physicalDevices.list())[0];
    const deviceId = device?.id as string;
    expect(device?.active_registrations).toBe(2);
    await zt.physicalDevices.revoke(deviceId);
    expect((await zt.physicalDevices.get(deviceId)).active_registrations).toBe(0);
    const revoked = await zt.registrations.list({ "device.id": deviceId, status: "revoked" });
    expect(revoked).toHaveLength(2);
    expect(await zt.registrations.list({ "device.id": deviceId })).toEqual([]);
    // By default the list only shows devices with active registrations.
    expect((await zt.physicalDevices.list()).map((d) => d.id)).not.toContain(deviceId);
    expect(
      (await zt.physicalDevices.list({ active_registrations: "include" })).map((d) => d.id),
    ).toContain(deviceId);
  });

  it("deleting a physical device deletes its registrations", async () => {
    const deviceId = firstId(account().physicalDevices);
    await zt.physicalDevices.delete(deviceId);
    expect(await rejection(zt.physicalDevices.get(deviceId))).toBeInstanceOf(NotFoundError);
    expect(await zt.registrations.list({ "device.id": deviceId, status: "all" })).toEqual([]);
  });

  it("the deprecated device endpoints revoke the same registrations", async () => {
    const id = firstId(account().registrations);
    await zt.devices.revoke([id]);
    expect((await zt.registrations.get(id)).revoked_at).toEqual(expect.any(String));
    expect((await zt.devices.get(id)).id).toBe(id);
    await zt.devices.unrevoke([id]);
    expect((await zt.registrations.get(id)).revoked_at).toBeNull();
    expect(await rejection(zt.devices.revoke(["unknown-id"]))).toBeInstanceOf(NotFoundError);
  });

  it("override codes exist for known registrations only", async () => {
    const id = firstId(account().registrations);
    const codes = await zt.registrations.overrideCodes(id);
    expect(codes.disable_for_time).toEqual({ "3600": expect.stringMatching(/^\d{8}$/) });
    expect(await zt.registrations.overrideCodes(id)).toEqual(codes);
    expect(await rejection(zt.registrations.overrideCodes("unknown-id"))).toBeInstanceOf(
      NotFoundError,
    );
    await zt.registrations.delete(id);
    expect(await rejection(zt.registrations.overrideCodes(id))).toBeInstanceOf(NotFoundError);
    expect(await rejection(zt.devices.overrideCodes(id))).toBeInstanceOf(NotFoundError);
  });

  it("bulk delete removes every registration named, or none when one is unknown", async () => {
    const [a, b] = [...account().registrations.keys()] as [string, string];
    expect(await rejection(zt.registrations.bulkDelete({ id: [a, "unknown-id"] }))).toBeInstanceOf(
      NotFoundError,
    );
    expect(account().registrations.has(a)).toBe(true);
    await zt.registrations.bulkDelete({ id: [a, b] });
    expect(account().registrations.has(a) || account().registrations.has(b)).toBe(false);
  });

  it("cursor pagination walks every registration and device once", async () => {
    const template = account().registrations.values().next().value as Registration;
    for (let i = 0; i < 4; i++) {
      account().registrations.set(`extra-${i}`, { ...structuredClone(template), id: `extra-${i}` });
    }
    const seen: string[] = [];
    for await (const registration of zt.registrations.list({ per_page: 2, status: "all" }))
      seen.push(registration.id);
    expect(seen).toEqual([...account().registrations.keys()]);
    const pages = [];
    for await (const page of zt.physicalDevices
      .list({ per_page: 1, active_registrations: "include" })
      .pages())
      pages.push(page.items.length);
    expect(pages).toEqual([1, 1, 1, 1, 1]);
  });

  it("include=policy adds the assigned profile to a registration", async () => {
    const id = firstId(account().registrations);
    expect(await zt.registrations.get(id)).not.toHaveProperty("policy");
    expect((await zt.registrations.get(id, { include: "policy" })).policy?.id).toBe(
      account().defaultPolicy.policy_id,
    );
  });
});

describe("seeded data", () => {
  it("is the same for the same seed and differs for another", async () => {
    const names = (seed: number) => {
      const other = checkedMock({ seed });
      return JSON.stringify([...other.store.account(ACCOUNT).physicalDevices.values()]);
    };
    expect(names(21)).toBe(names(21));
    expect(names(21)).not.toBe(names(22));
    const ids = (await zt.posture.list()).map((rule) => rule.id);
    expect(ids).toEqual([...mock.store.account(ACCOUNT).postureRules.keys()]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
