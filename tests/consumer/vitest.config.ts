import { defineConfig } from "vitest/config";

export default defineConfig({
  // Packing and installing with npm takes a while on a cold cache.
  test: { globalSetup: ["./global-setup.ts"], testTimeout: 240_000, hookTimeout: 300_000 },
});
