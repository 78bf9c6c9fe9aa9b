import { defineConfig } from "vitest/config";

export default defineConfig({
  // Generators run on the whole spec, and some tests bundle it with Redocly or run git.
  test: { testTimeout: 60_000 },
});
