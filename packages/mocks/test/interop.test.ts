import Cloudflare from "cloudflare";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MockServer, startMockServer } from "../src/start-mock-server.js";

// The official SDK, written by nobody here, against the standalone server.
const account_id = "699d98642c564d2e855e9661899b7252";
const zone_id = "023e105f4ecef8ad9ca31a8372d0c353";
let server: MockServer;
let cf: Cloudflare;
let problems: string[];

beforeAll(async () => {
  const { checkedMock } = await import("./_harness.js");
  const mock = checkedMock({ seed: 31 });
  problems = mock.problems;
  server = await startMockServer({ port: 0, mock });
  cf = new Cloudflare({ apiToken: "interop-token", baseURL: server.baseUrl, maxRetries: 0 });
});
afterAll(() => server.close());

const account = () => server.mock.store.account(account_id);
const firstId = <T>(map: Map<string, T>) => [...map.keys()][0] as string;

describe("the official cloudflare SDK against zt-devices-mock", () => {
  const devices = () => cf.zeroTrust.devices;

  it.each([
    ["devices (deprecated)", async () => (await devices().list({ account_id })).result.length],
    ["physical devices", async () => (await devices().devices.list({ account_id })).result.length],
    [
      "registrations",
      async () => (await devices().registrations.list({ account_id })).result.length,
    ],
    ["posture rules", async () => (await devices().posture.list({ account_id })).result.length],
    [
      "posture integrations",
      async () => (await devices().posture.integrations.list({ account_id })).result.length,
    ],
    ["networks", async () => (await devices().networks.list({ account_id })).result.length],
    ["IP profiles", async () => (await devices().ipProfiles.list({ account_id })).result.length],
    ["DEX tests", async () => (await devices().dexTests.list({ account_id })).result.length],
    [
      "custom profiles",
      async () => (await devices().policies.custom.list({ account_id })).result.length,
    ],
    [
      "split tunnel excludes",
      async () => (await devices().policies.default.excludes.get({ account_id })).result.length,
    ],
  ])("lists %s", async (_name, count) => {
    expect(await count()).toBeGreaterThan(0);
  });

  it("reads the default profile, certificates, settings and the global WARP override", async () => {
    expect(await devices().policies.default.get({ account_id })).toMatchObject({ default: true });
    expect(await devices().policies.default.certificates.get({ zone_id })).toEqual({
      enabled: true,
    });
    expect(await devices().settings.get({ account_id })).toHaveProperty("gateway_proxy_enabled");
    expect(await devices().resilience.globalWARPOverride.get({ account_id })).toHaveProperty(
      "disconnect",
    );
  });

  it("reads a registration's override codes and a device's fleet status", async () => {
    const registration = firstId(account().registrations);
    const codes = await devices().overrideCodes.get(registration, { account_id });
    expect(codes.disable_for_time).toBeTypeOf("object");
    const device = firstId(account().physicalDevices);
    const status = await devices().fleetStatus.get(device, { account_id, since_minutes: 10 });
    expect(status.deviceId).toBe(device);
  });

  it("creates, updates and deletes a posture rule", async () => {
    const created = await devices().posture.create({
      account_id,
      name: "From the SDK",
      type: "warp",
    });
    const id = created?.id as string;
    expect(account().postureRules.has(id)).toBe(true);
    await devices().posture.update(id, { account_id, name: "Renamed by the SDK", type: "warp" });
    expect(account().postureRules.get(id)?.name).toBe("Renamed by the SDK");
    await devices().posture.delete(id, { account_id });
    expect(account().postureRules.has(id)).toBe(false);
  });

  it("revokes registrations and sees an error the way the SDK reports them", async () => {
    const id = firstId(account().registrations);
    await devices().registrations.revoke({ account_id, id: [id] });
    expect(account().registrations.get(id)?.revoked_at).toEqual(expect.any(String));
    const error = await devices()
      .posture.get("no-such-rule", { account_id })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Cloudflare.NotFoundError);
    expect((error as InstanceType<typeof Cloudflare.NotFoundError>).status).toBe(404);
  });

  it("gave only answers the spec allows", () => {
    expect(problems).toEqual([]);
  });
});
