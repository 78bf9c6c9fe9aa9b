import { describe, expect, it } from "vitest";
import { createStore } from "./create-store.js";

const snapshot = (seed: number, account = "acc") => {
  const state = createStore({ seed }).account(account);
  return JSON.stringify(
    Object.fromEntries(
      Object.entries(state)
        .filter(([key]) => key !== "ids")
        .map(([key, value]) => [key, value instanceof Map ? [...value.entries()] : value]),
    ),
  );
};

describe("createStore", () => {
  it("generates the same data for the same seed, and other data for another seed", () => {
    expect(snapshot(7)).toBe(snapshot(7));
    expect(snapshot(7)).not.toBe(snapshot(8));
    expect(snapshot(7, "acc")).not.toBe(snapshot(7, "other"));
  });

  it("gives every list a few entries with unique ids", () => {
    const account = createStore({ seed: 3 }).account("acc");
    const lists = [
      account.postureRules,
      account.postureIntegrations,
      account.networks,
      account.ipProfiles,
      account.dexTests,
      account.policies,
      account.physicalDevices,
      account.registrations,
    ];
    const ids = lists.flatMap((list) => [...list.keys()]);
    for (const list of lists) expect(list.size).toBeGreaterThanOrEqual(3);
    expect(new Set([...ids, account.defaultPolicy.policy_id]).size).toBe(ids.length + 1);
    expect([...account.dexTests.keys()].every((id) => /^[0-9a-f]{32}$/.test(id))).toBe(true);
  });

  it("ties registrations to physical devices and the default profile", () => {
    const account = createStore().account("acc");
    for (const registration of account.registrations.values()) {
      expect(account.physicalDevices.has(registration.device.id)).toBe(true);
      expect(registration.policy?.id).toBe(account.defaultPolicy.policy_id);
    }
    const revoked = [...account.registrations.values()].filter((r) => r.revoked_at !== null);
    expect(revoked).toHaveLength(1);
  });

  it("never repeats an id it gives out", () => {
    const { ids } = createStore({ seed: 5 }).account("acc");
    const drawn = Array.from({ length: 5000 }, () => ids.uuid());
    expect(new Set(drawn).size).toBe(drawn.length);
  });

  it("forgets changes on reset and seeds the same data again", () => {
    const store = createStore({ seed: 9 });
    const before = [...store.account("acc").postureRules.keys()];
    store.account("acc").postureRules.clear();
    store.zone("z").certificates = { enabled: false };
    store.reset();
    expect([...store.account("acc").postureRules.keys()]).toEqual(before);
    expect(store.zone("z").certificates).toEqual({ enabled: true });
  });

  it("stamps with the clock it is given", () => {
    const store = createStore({ now: () => new Date("2030-01-02T03:04:05Z") });
    expect(store.now()).toBe("2030-01-02T03:04:05.000Z");
  });
});
