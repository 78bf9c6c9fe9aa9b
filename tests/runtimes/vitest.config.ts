import { defineConfig } from "vitest/config";

export default defineConfig({
  // Packing, and the first start of Bun, Deno and workerd, take a while on a busy machine.
  test: { testTimeout: 90_000, hookTimeout: 120_000 },
});
