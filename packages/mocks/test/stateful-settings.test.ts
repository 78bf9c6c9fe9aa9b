import { BadRequestError, NotFoundError } from "@zt-devices/client";
import { describe, expect, it } from "vitest";
import { firstId, rejection, statefulMock } from "./_stateful.js";

const { zt, account } = statefulMock();

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
