import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Property tests and first imports of generated modules are slow when the whole workspace is
    // tested at once on a small machine.
    testTimeout: 30_000,
  },
});
