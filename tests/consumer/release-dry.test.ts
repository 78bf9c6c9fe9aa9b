import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { parseArgs } from "../../scripts/release/release-dry.js";
import { publishablePackages } from "./publishable-packages.js";

describe("release:dry", () => {
  it("versions the packages generated from the spec together and packs each, publishing nothing", () => {
    const plan = inject("release");
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

  it("keeps the tarballs in the folder --out names", () => {
    for (const p of inject("release")) {
      expect(p.path.endsWith(`/${p.tarball}`)).toBe(true);
      expect(existsSync(p.path)).toBe(true);
    }
  });

  it.each([
    { given: [], want: {} },
    { given: ["--out", "dist/release"], want: { out: "dist/release" } },
    { given: ["--out=/tmp/x"], want: { out: "/tmp/x" } },
  ])("reads $given", ({ given, want }) => {
    expect(parseArgs(given)).toEqual(want);
  });

  it.each([
    { given: ["--out"], error: "--out needs a folder: --out DIR" },
    { given: ["--out", "--dry"], error: "--out needs a folder: --out DIR" },
    { given: ["--publish"], error: "unknown argument --publish: the only option is --out DIR" },
  ])("refuses $given", ({ given, error }) => {
    expect(() => parseArgs(given)).toThrow(error);
  });
});
