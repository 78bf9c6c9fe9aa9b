import { describe, expect, it } from "vitest";
import { gzippedSize, LIST_POSTURE_RULES } from "../bench/size.js";

// The byte budget itself is a goal of `pnpm bench` (bench/client.bench.ts); these check what a
// bundle of the published dist/ carries.
describe("what a bundle carries", () => {
  it("leaves the validators out unless @zt-devices/client/validation is imported", async () => {
    const plain = await gzippedSize(LIST_POSTURE_RULES);
    const validated = await gzippedSize(`${LIST_POSTURE_RULES}
      import { validation } from "@zt-devices/client/validation";
      console.log(createClient({ validate: validation() }));
    `);
    console.log(`list posture rules: ${plain} bytes; with validation: ${validated} bytes`);
    // The validators of every operation: far more than the client itself.
    expect(validated - plain).toBeGreaterThan(10_000);
  });

  it("leaves openapi-fetch out unless the raw client is used", async () => {
    const resources = await gzippedSize(LIST_POSTURE_RULES);
    const withRaw = await gzippedSize(`
      import { createRawClient } from "@zt-devices/client";
      const raw = createRawClient();
      const { data } = await raw.GET("/accounts/{account_id}/devices/posture");
      console.log(data);
    `);
    console.log(`raw client only: ${withRaw} bytes`);
    // The raw client brings openapi-fetch; the resource-only bundle must not carry it.
    const both = await gzippedSize(`${LIST_POSTURE_RULES}
      import { createRawClient } from "@zt-devices/client";
      console.log(createRawClient());
    `);
    console.log(`both layers: ${both} bytes`);
    expect(both - resources).toBeGreaterThan(1500);
  });
});
