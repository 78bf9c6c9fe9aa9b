import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { beforeAll, describe, expect, it } from "vitest";
import { type PackedPackage, packPackages, publishablePackages } from "./pack-packages.js";

let packed: PackedPackage[] = [];
beforeAll(() => {
  packed = packPackages();
});

const attw = join(import.meta.dirname, "node_modules/.bin/attw");

describe.each(publishablePackages().map((p) => [p.name]))("%s tarball", (name) => {
  const tarballOf = () => packed.find((p) => p.name === name) as PackedPackage;

  it("passes publint, warnings included", async () => {
    const { directory } = tarballOf();
    const { messages, pkg } = await publint({
      pkgDir: directory,
      level: "warning",
      strict: true,
      pack: "pnpm",
    });
    expect(messages.map((m) => formatMessage(m, pkg))).toEqual([]);
  });

  it("passes arethetypeswrong for an ESM-only package", () => {
    const { tarball } = tarballOf();
    // attw exits 0 for a package without types, so its verdict is read from its JSON report. The
    // esm-only profile ignores CommonJS and node10 resolution, which an ESM-only package cannot serve.
    const report = JSON.parse(
      execFileSync(attw, [tarball, "--profile", "esm-only", "--format", "json"], {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
      }),
    ) as {
      analysis: {
        types: unknown;
        problems: { kind: string; entrypoint: string; resolutionKind?: string }[];
      };
    };
    expect(report.analysis.types).not.toBe(false);
    const ignored = new Set(["node10", "node16-cjs"]);
    expect(report.analysis.problems.filter((p) => !ignored.has(p.resolutionKind ?? ""))).toEqual(
      [],
    );
  });
});
