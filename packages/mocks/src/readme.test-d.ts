// The examples of README.md, kept compiling as a user writes them (no casts).
import { createClient } from "@zt-devices/client";
import { setupServer } from "msw/node";
import { describe, expectTypeOf, it } from "vitest";
import { createMock } from "./index.js";
import { createHandlers, respondWith, setupZtDevicesMock } from "./msw.js";

describe("README examples", () => {
  it("type-check: in vitest", async () => {
    const api = setupZtDevicesMock({ seed: 1, hooks: false });
    const zt = createClient({ apiToken: "test", accountId: "699d98642c564d2e855e9661899b7252" });
    const rule = await zt.posture.create({
      name: "Disk encrypted",
      type: "disk_encryption",
      input: { requireAll: true },
    });
    // Every answer carries the id: no `as string`.
    expectTypeOf(rule.id).toEqualTypeOf<string>();
    expectTypeOf(await zt.posture.get(rule.id)).toEqualTypeOf(rule);
    api.faults.fail("listPostureRules", 429, { times: 2, retryAfter: 0 });
  });

  it("type-check: handlers and faults", () => {
    const handlers = createHandlers(createMock({ seed: 1 }));
    const server = setupServer(...Object.values(handlers));
    server.use(
      respondWith("getDeviceSettings", { success: true, errors: [], messages: [], result: {} }),
    );
    const api = setupZtDevicesMock({ hooks: false });
    api.faults.fail("createPostureRule", 503, { times: 1 });
    api.faults.fail("*", 429, { retryAfter: 2 });
    api.faults.delay("listRegistrations", 200);
    api.faults.drop("getDevice");
    expectTypeOf(api.faults.list()).toBeArray();
  });
});
