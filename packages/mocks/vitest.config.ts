import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Servers, child processes and the first import of each operation's validators: slow when the
    // whole workspace is tested at once on a small machine.
    testTimeout: 30_000,
    include: ["src/**/*.test.ts", "test/**/*.test.ts", "bench/**/*.test.ts"],
    typecheck: { enabled: true, include: ["src/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
  },
});
