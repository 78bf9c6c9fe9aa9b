import { operationTable } from "@zt-devices/types/operations";
import { describe, expect, it } from "vitest";
import { type Client, createClient } from "../src/client.js";
import { VERSION } from "../src/version.js";
import { json, ok, type WireRequest, wire } from "./_wire.js";

interface Case {
  /** Dotted method name; its group counts as covered. */
  name: string;
  call: (zt: Client) => PromiseLike<unknown>;
  want: Partial<WireRequest>;
  answer?: Response;
  result?: unknown;
}

const A = "/accounts/acc";
const rule = {
  id: "r1",
  name: "Disk encryption",
  type: "disk_encryption",
  input: { requireAll: true },
};
const exclude = [{ address: "10.0.0.0/8", description: "corp" }, { host: "intranet.example.com" }];

const cases: Case[] = [
  {
    name: "devices.list",
    call: (zt) => zt.devices.list(),
    want: { method: "GET", path: `${A}/devices` },
  },
  {
    name: "devices.get",
    call: (zt) => zt.devices.get("d 1/ü"),
    want: { path: `${A}/devices/d%201%2F%C3%BC` },
  },
  {
    name: "devices.revoke",
    call: (zt) => zt.devices.revoke(["d1", "d2"]),
    want: { method: "POST", path: `${A}/devices/revoke`, body: ["d1", "d2"] },
  },
  {
    name: "devices.overrideCodes",
    call: (zt) => zt.devices.overrideCodes("d1"),
    want: { path: `${A}/devices/d1/override_codes` },
  },
  {
    name: "dexTests.list",
    call: (zt) => zt.dexTests.list({ kind: "http", per_page: 10 }),
    want: { path: `${A}/dex/devices/dex_tests`, query: "kind=http&per_page=10" },
    answer: ok([{ name: "t" }], { page: 1, total_pages: 1 }),
    result: [{ name: "t" }],
  },
  {
    name: "dexTests.update",
    call: (zt) =>
      zt.dexTests.update("t1", {
        name: "Home page",
        enabled: true,
        interval: "30m",
        data: { host: "https://example.com", kind: "http" },
      }),
    want: {
      method: "PUT",
      path: `${A}/dex/devices/dex_tests/t1`,
      body: {
        name: "Home page",
        enabled: true,
        interval: "30m",
        data: { host: "https://example.com", kind: "http" },
      },
    },
  },
  {
    name: "fleetStatus.live",
    call: (zt) => zt.fleetStatus.live("dev-1", { since_minutes: 10, colo: "SJC" }),
    want: { path: `${A}/dex/devices/dev-1/fleet-status/live`, query: "since_minutes=10&colo=SJC" },
    answer: json({ deviceId: "dev-1", status: "connected", colo: "SJC" }),
    result: { deviceId: "dev-1", status: "connected", colo: "SJC" },
  },
  {
    name: "deploymentGroups.edit",
    call: (zt) => zt.deploymentGroups.edit("g1", { name: "Ring 1" }),
    want: { method: "PATCH", path: `${A}/devices/deployment-groups/g1`, body: { name: "Ring 1" } },
  },
  {
    name: "globalWarpOverride.set",
    call: (zt) => zt.globalWarpOverride.set({ disconnect: true, justification: "incident 42" }),
    want: {
      method: "POST",
      path: `${A}/devices/resilience/disconnect`,
      body: { disconnect: true, justification: "incident 42" },
    },
  },
  {
    name: "ipProfiles.create",
    call: (zt) =>
      zt.ipProfiles.create({
        name: "office",
        match: 'identity.email == "a@b.c"',
        precedence: 10,
        subnet_id: "s1",
      }),
    want: { method: "POST", path: `${A}/devices/ip-profiles` },
  },
  {
    name: "networks.delete",
    call: (zt) => zt.networks.delete("n1"),
    want: { method: "DELETE", path: `${A}/devices/networks/n1` },
  },
  {
    name: "physicalDevices.list",
    call: (zt) =>
      zt.physicalDevices.list({
        per_page: 50,
        id: ["a", "b"],
        "last_seen_user.email": "x+y@corp.io",
      }),
    want: {
      path: `${A}/devices/physical-devices`,
      query: "per_page=50&id=a&id=b&last_seen_user.email=x%2By%40corp.io",
    },
    answer: ok([{ id: "a" }, { id: "b" }], { count: 2, per_page: 50, cursor: "" }),
    result: [{ id: "a" }, { id: "b" }],
  },
  {
    name: "physicalDevices.revoke",
    call: (zt) => zt.physicalDevices.revoke("p1"),
    want: { method: "POST", path: `${A}/devices/physical-devices/p1/revoke`, body: undefined },
  },
  {
    name: "policies.custom.create",
    call: (zt) =>
      zt.policies.custom.create({
        name: "Contractors",
        match: 'identity.groups.name == "ext"',
        precedence: 100,
      }),
    want: {
      method: "POST",
      path: `${A}/devices/policy`,
      body: { name: "Contractors", match: 'identity.groups.name == "ext"', precedence: 100 },
    },
  },
  {
    name: "policies.custom.excludes.update",
    call: (zt) => zt.policies.custom.excludes.update("pol-1", exclude),
    want: { method: "PUT", path: `${A}/devices/policy/pol-1/exclude`, body: exclude },
    answer: ok(exclude),
    result: exclude,
  },
  {
    name: "policies.custom.includes.get",
    call: (zt) => zt.policies.custom.includes.get("pol-1"),
    want: { path: `${A}/devices/policy/pol-1/include` },
  },
  {
    name: "policies.custom.fallbackDomains.update",
    call: (zt) =>
      zt.policies.custom.fallbackDomains.update("pol-1", [
        { suffix: "corp.example.com", dns_server: ["10.0.0.53"] },
      ]),
    want: {
      method: "PUT",
      path: `${A}/devices/policy/pol-1/fallback_domains`,
      body: [{ suffix: "corp.example.com", dns_server: ["10.0.0.53"] }],
    },
  },
  {
    name: "policies.default.edit",
    call: (zt) => zt.policies.default.edit({ auto_connect: 0, allow_updates: true }),
    want: {
      method: "PATCH",
      path: `${A}/devices/policy`,
      body: { auto_connect: 0, allow_updates: true },
    },
  },
  {
    name: "policies.default.excludes.update",
    call: (zt) => zt.policies.default.excludes.update([{ address: "10.0.0.0/8" }]),
    want: { method: "PUT", path: `${A}/devices/policy/exclude`, body: [{ address: "10.0.0.0/8" }] },
  },
  {
    name: "policies.default.includes.get",
    call: (zt) => zt.policies.default.includes.get(),
    want: { path: `${A}/devices/policy/include` },
  },
  {
    name: "policies.default.fallbackDomains.get",
    call: (zt) => zt.policies.default.fallbackDomains.get(),
    want: { path: `${A}/devices/policy/fallback_domains` },
  },
  {
    name: "policies.default.certificates.edit",
    call: (zt) => zt.policies.default.certificates.edit({ enabled: true }),
    want: {
      method: "PATCH",
      path: "/zones/zone/devices/policy/certificates",
      body: { enabled: true },
    },
    answer: ok({ enabled: true }),
    result: { enabled: true },
  },
  {
    name: "posture.list",
    call: (zt) => zt.posture.list(),
    want: { method: "GET", path: `${A}/devices/posture`, query: "", body: undefined },
    answer: ok([rule]),
    result: [rule],
  },
  {
    name: "posture.create",
    call: (zt) =>
      zt.posture.create({
        name: "Disk encryption",
        type: "disk_encryption",
        input: { requireAll: true },
      }),
    want: {
      method: "POST",
      path: `${A}/devices/posture`,
      body: { name: "Disk encryption", type: "disk_encryption", input: { requireAll: true } },
    },
    answer: ok(rule),
    result: rule,
  },
  {
    name: "posture.integrations.delete",
    call: (zt) => zt.posture.integrations.delete("int-1", { account_id: "other" }),
    want: {
      method: "DELETE",
      path: "/accounts/other/devices/posture/integration/int-1",
      query: "",
    },
  },
  {
    name: "registrations.revoke",
    call: (zt) => zt.registrations.revoke({ id: ["a", "b"] }),
    want: {
      method: "POST",
      path: `${A}/devices/registrations/revoke`,
      query: "id=a&id=b",
      body: undefined,
    },
  },
  {
    name: "registrations.list",
    call: (zt) =>
      zt.registrations.list({ "device.id": "d1", "user.id": ["u1", "u2"], status: "active" }),
    want: {
      path: `${A}/devices/registrations`,
      query: "device.id=d1&user.id=u1&user.id=u2&status=active",
    },
    answer: ok([{ id: "reg" }], { count: 1, per_page: 50, cursor: "" }),
    result: [{ id: "reg" }],
  },
  {
    name: "settings.edit",
    call: (zt) => zt.settings.edit({ gateway_proxy_enabled: true }),
    want: { method: "PATCH", path: `${A}/devices/settings`, body: { gateway_proxy_enabled: true } },
  },
  {
    name: "settings.reset",
    call: (zt) => zt.settings.reset(),
    want: { method: "DELETE", path: `${A}/devices/settings` },
  },
];

const groups = Object.values(operationTable).map(([name]) =>
  name.split(".").slice(0, -1).join("."),
);

describe("resource methods on the wire", () => {
  it("cover every resource group", () => {
    const covered = new Set(cases.map((c) => c.name.split(".").slice(0, -1).join(".")));
    expect([...new Set(groups)].filter((g) => !covered.has(g))).toEqual([]);
  });

  it.each(cases)("$name", async ({ call, want, answer, result }) => {
    const w = wire(() => answer ?? ok({ done: true }));
    const zt = createClient({ apiToken: "tok", accountId: "acc", zoneId: "zone", fetch: w.fetch });
    const data = await call(zt);
    expect(w.requests).toHaveLength(1);
    const sent = w.requests[0] as WireRequest;
    expect(sent).toMatchObject({ method: "GET", query: "", ...want });
    const hasBody = sent.body !== undefined;
    expect(sent.headers).toEqual({
      authorization: "Bearer tok",
      "user-agent": `zt-devices/${VERSION}`,
      ...(hasBody && { "content-type": "application/json" }),
    });
    expect(data).toEqual(result ?? { done: true });
  });
});
