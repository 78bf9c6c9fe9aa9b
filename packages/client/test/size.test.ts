import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

// Every operation adds a descriptor to the resource tree a program ships (about 9 bytes gzipped each):
// 5000 held for 69 operations, 5100 leaves the 74 of today a little room.
const BUDGET = 5100;

/** Bundles `program` against the package's source the way an app would ship it: ESM, minified. */
async function gzippedSize(program: string): Promise<number> {
  const result = await build({
    stdin: { contents: program, resolveDir: import.meta.dirname, loader: "ts" },
    alias: { "@zt-devices/client": fileURLToPath(new URL("../src/index.ts", import.meta.url)) },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  const [file] = result.outputFiles;
  return gzipSync(file?.contents ?? new Uint8Array()).length;
}

const LIST_POSTURE_RULES = `
import { createClient } from "@zt-devices/client";
const zt = createClient();
for (const rule of await zt.posture.list()) console.log(rule.name);
`;

describe("bundle size", () => {
  it(`keeps a program that lists posture rules within ${BUDGET} bytes gzipped`, async () => {
    const size = await gzippedSize(LIST_POSTURE_RULES);
    console.log(`list posture rules: ${size} bytes (esbuild --minify, gzip)`);
    expect(size).toBeLessThanOrEqual(BUDGET);
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
    expect(withRaw - resources).not.toBe(0);
    // The raw client brings openapi-fetch; the resource-only bundle must not carry it.
    const both = await gzippedSize(`${LIST_POSTURE_RULES}
      import { createRawClient } from "@zt-devices/client";
      console.log(createRawClient());
    `);
    console.log(`both layers: ${both} bytes`);
    expect(both - resources).toBeGreaterThan(1500);
  });
});
