import { createClient } from "@zt-devices/client";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { setupZtDevicesMock } from "../src/setup-zt-devices-mock.js";
import { checkedMock } from "./_harness.js";

/** The account the stateful tests work in. */
export const ACCOUNT = "699d98642c564d2e855e9661899b7252";

/**
 * A checked mock seeded with 21 behind MSW for the calling test file, a client of it, and its
 * store's account; after each test, every answer must have matched its response schema.
 */
export function statefulMock() {
  const mock = checkedMock({ seed: 21 });
  const api = setupZtDevicesMock({ mock, hooks: { beforeAll, afterEach, afterAll } });
  const zt = createClient({
    apiToken: "test-token",
    accountId: ACCOUNT,
    zoneId: "zone-1",
    maxRetries: 0,
  });
  afterEach(() => {
    // Every answer of every scenario matched its response schema.
    expect(mock.problems).toEqual([]);
    mock.problems.length = 0;
  });
  return { mock, zt, account: () => api.store.account(ACCOUNT) };
}

/** The first key of a map: the id of a seeded item. */
export const firstId = <T>(map: Map<string, T>) => [...map.keys()][0] as string;

/** What a call that must fail rejects with; fails the test when it succeeds. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail("expected the call to fail"),
    (error: unknown) => error,
  );
}
