import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // The end-to-end tests spawn the built binary, several times per test.
    testTimeout: 30_000,
  },
});
