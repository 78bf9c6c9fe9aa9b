import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { planRelease } from "../../scripts/release/release-dry.js";
import { publishablePackages } from "./pack-packages.js";

describe("release:dry", () => {
  it("versions the packages generated from the spec together and packs each, publishing nothing", () => {
    const plan = planRelease();
    expect(plan.map((p) => p.name).sort()).toEqual(
      publishablePackages()
        .map((p) => p.name)
        .sort(),
    );
    const versions = new Set(plan.map((p) => p.to));
    // One fixed group: whatever the changesets ask, every package moves to the same version.
    expect(versions.size).toBe(1);
    const pending = readdirSync(join(import.meta.dirname, "../../.changeset")).filter(
      (f) => f.endsWith(".md") && f !== "README.md",
    );
    for (const p of plan) {
      if (pending.length > 0) expect(p.to).not.toBe(p.from);
      expect(p.tarball).toBe(`${p.name.replace("@", "").replace("/", "-")}-${p.to}.tgz`);
      expect(p.bytes).toBeGreaterThan(1000);
    }
  });
});
