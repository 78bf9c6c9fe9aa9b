import { NotFoundError } from "@zt-devices/client";
import type { Registration } from "@zt-devices/types";
import { describe, expect, it } from "vitest";
import { firstId, rejection, statefulMock } from "./_stateful.js";

const { zt, account } = statefulMock();

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
