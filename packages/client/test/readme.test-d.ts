// The examples of README.md, kept compiling.
import { describe, expectTypeOf, it } from "vitest";
import { createClient, createRawClient, NotFoundError } from "../src/index.js";
import { validation } from "../src/validation.js";

describe("README examples", () => {
  it("type-check", async () => {
    const zt = createClient();
    const checked = createClient({ validate: validation({ request: true, response: true }) });
    expectTypeOf(checked).toEqualTypeOf(zt);
    const logged = createClient({ logger: console, logLevel: "debug", retryWrites: true });
    expectTypeOf(logged).toEqualTypeOf(zt);

    const rules = await zt.posture.list();
    expectTypeOf(rules[0]?.name).toEqualTypeOf<string | undefined>();
    await zt.posture.create({
      name: "Disk encryption",
      type: "disk_encryption",
      input: { requireAll: true },
    });

    await zt.policies.default.excludes.update([
      { address: "10.0.0.0/8", description: "Corporate" },
    ]);
    await zt.policies.custom.excludes.update("f174e90a-fafe-4643-bbbc-4a0ed4fc8415", [
      { host: "intranet.example.com" },
    ]);
    await zt.registrations.revoke({ id: ["a9a1e8e2-…", "3a5a54a5-…"] });

    for await (const device of zt.physicalDevices.list({ per_page: 50 })) {
      // A device that was never seen has no last_seen_at.
      expectTypeOf(device.last_seen_at).toEqualTypeOf<string | null>();
    }

    try {
      await zt.posture.get("0f5e1d2c-3b4a-4c5d-8e6f-7a8b9c0d1e2f");
    } catch (error) {
      if (error instanceof NotFoundError)
        expectTypeOf(error.rayId).toEqualTypeOf<string | undefined>();
    }

    const { envelope, response } = await zt.posture.list().withResponse();
    expectTypeOf(response).toEqualTypeOf<Response>();
    expectTypeOf(envelope.messages).toBeArray();

    await zt.fleetStatus.live("0f5e1d2c", { since_minutes: 10 });

    for await (const page of zt.registrations.list({ per_page: 100 }).pages()) {
      expectTypeOf(page.envelope.result_info?.cursor).toEqualTypeOf<string | undefined>();
    }

    const raw = createRawClient();
    const { data, error } = await raw.GET("/accounts/{account_id}/devices/posture/{rule_id}", {
      params: { path: { rule_id: "f174e90a-fafe-4643-bbbc-4a0ed4fc8415" } },
      maxRetries: 0,
    });
    expectTypeOf(data?.success).toEqualTypeOf<true | undefined>();
    expectTypeOf(error).not.toBeAny();
  });
});
