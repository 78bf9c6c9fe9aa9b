import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, sep } from "node:path";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { publishablePackages } from "./publishable-packages.js";
import { cjsProblems, mapProblems, type PackedFiles } from "./tarball-checks.js";

const attw = join(import.meta.dirname, "node_modules/.bin/attw");
const unpacked = mkdtempSync(join(tmpdir(), "zt-devices-unpacked-"));
afterAll(() => rmSync(unpacked, { recursive: true, force: true }));

/** The files of a tarball, unpacked once, by path inside the package. */
function unpack(tarball: string): PackedFiles {
  const into = mkdtempSync(join(unpacked, "p-"));
  execFileSync("tar", ["xzf", tarball, "-C", into]);
  const root = join(into, "package");
  const paths = readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((p) => statSync(join(root, p)).isFile())
    .map((p) => p.split(sep).join("/"));
  return { paths: new Set(paths), read: (p) => readFileSync(join(root, p), "utf8") };
}

describe.each(publishablePackages().map((p) => [p.name]))("%s tarball", (name) => {
  let tarball = "";
  let files: PackedFiles;
  let manifest: Record<string, unknown>;
  beforeAll(() => {
    const packed = inject("release").find((p) => p.name === name);
    if (!packed) throw new Error(`release:dry packed no ${name}`);
    tarball = packed.path;
    files = unpack(tarball);
    manifest = JSON.parse(files.read("package.json"));
  });

  it("carries the MIT licence text", () => {
    expect(manifest.license).toBe("MIT");
    expect(files.read("LICENSE")).toMatch(
      /^MIT License\n\nCopyright \(c\) zt-devices contributors\n/,
    );
  });

  it("publishes a manifest with only what a consumer needs", () => {
    expect(Object.keys(manifest)).not.toContain("devDependencies");
    expect(Object.keys(manifest)).not.toContain("scripts");
    for (const field of ["dependencies", "peerDependencies", "optionalDependencies"]) {
      for (const [dep, range] of Object.entries(
        (manifest[field] ?? {}) as Record<string, string>,
      )) {
        expect(`${field}.${dep}: ${range}`).toMatch(/: [\^~>=<\d]/);
      }
    }
  });

  it("ships no source map it cannot resolve and no JSON a program does not load", () => {
    expect(mapProblems(files)).toEqual([]);
    expect(
      [...files.paths].filter((p) => p.endsWith(".json") && !p.endsWith("package.json")),
    ).toEqual([]);
  });

  it("serves require() with CommonJS wherever it serves import, as engines >=20 needs", () => {
    expect((manifest.engines as { node?: string } | undefined)?.node).toBe(">=20");
    expect(cjsProblems(manifest, files)).toEqual([]);
  });

  it("passes publint, warnings included", async () => {
    const { messages, pkg } = await publint({
      pack: { tarball: readFileSync(tarball).buffer as ArrayBuffer },
      level: "warning",
      strict: true,
    });
    expect(messages.map((m) => formatMessage(m, pkg))).toEqual([]);
  });

  it("passes arethetypeswrong for Node 16+ ESM and CommonJS and for bundlers", () => {
    // attw exits 0 for a package without types, so its verdict is read from its JSON report. The
    // node16 profile leaves out node10 resolution, which ignores `exports` and their subpaths.
    const report = JSON.parse(
      execFileSync(attw, [tarball, "--profile", "node16", "--format", "json"], {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
      }),
    ) as {
      analysis: {
        types: unknown;
        problems?: { kind: string; entrypoint: string; resolutionKind?: string }[];
      };
    };
    if (Object.keys((manifest.exports ?? {}) as object).length > 1) {
      expect(report.analysis.types).not.toBe(false);
    }
    expect((report.analysis.problems ?? []).filter((p) => p.resolutionKind !== "node10")).toEqual(
      [],
    );
  });
});
