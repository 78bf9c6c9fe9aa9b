import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { type PlannedRelease, planRelease } from "../../scripts/release/release-dry.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** What `pnpm release:dry --out` made, each tarball kept for the tests to install. */
    release: PlannedRelease[];
  }
}

/**
 * Packs every package once for all test files, the way `pnpm release:dry --out DIR` does (which
 * is what `pnpm publish` would upload), and removes the tarballs when the run ends.
 */
export default function setup(project: TestProject): () => void {
  const out = mkdtempSync(join(tmpdir(), "zt-devices-release-out-"));
  project.provide("release", planRelease({ out }));
  return () => rmSync(out, { recursive: true, force: true });
}
