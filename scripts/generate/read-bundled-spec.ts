import { readFileSync } from "node:fs";
import { DEFAULT_SPEC } from "./parse-args.js";

/**
 * The bundled spec (`spec/dist/openapi.json`) as tests read it. Missing, it fails saying what to
 * run: `pnpm test` bundles it first (the test tasks depend on the spec's `bundle`), a test run on
 * its own needs `pnpm --filter @zt-devices/spec bundle` once.
 */
export function readBundledSpec<T = unknown>(): T {
  let text: string;
  try {
    text = readFileSync(DEFAULT_SPEC, "utf8");
  } catch {
    throw new Error(
      "spec/dist/openapi.json is missing: run `pnpm --filter @zt-devices/spec bundle` first (`pnpm test` does)",
    );
  }
  return JSON.parse(text) as T;
}
