import { BadRequestError, NotFoundError } from "@zt-devices/client";
import { describe, expect, it } from "vitest";
import { checkedMock } from "./_harness.js";
import { ACCOUNT, firstId, rejection, statefulMock } from "./_stateful.js";

const { mock, zt, account } = statefulMock();

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
