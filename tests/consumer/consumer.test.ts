import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type PackedPackage, packPackages } from "./pack-packages.js";

// A project outside the workspace, installed from the tarballs with npm, as a user installs them.
const project = mkdtempSync(join(tmpdir(), "zt-devices-consumer-"));
let packed: PackedPackage[] = [];

/** Runs a command in the project; on failure, the error carries what the command printed. */
function run(cmd: string, args: string[]): string {
  try {
    return execFileSync(cmd, args, {
      cwd: project,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    throw new Error(`${cmd} ${args.join(" ")} failed:\n${e.stdout ?? ""}${e.stderr ?? ""}`);
  }
}

beforeAll(() => {
  packed = packPackages();
  const tarballs = Object.fromEntries(packed.map((p) => [p.name, `file:${p.tarball}`]));
  writeFileSync(
    join(project, "package.json"),
    JSON.stringify({
      name: "consumer",
      private: true,
      type: "module",
      dependencies: tarballs,
      // The packages depend on each other by version; point those at the tarballs too.
      overrides: tarballs,
      // No msw: the main entry of @zt-devices/mocks must work without it.
      devDependencies: { typescript: "5.9.3", "@types/node": "^20.19.0" },
    }),
  );
  writeFileSync(
    join(project, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        target: "ES2022",
        module: "NodeNext",
        moduleResolution: "NodeNext",
        strict: true,
        exactOptionalPropertyTypes: true,
        noUncheckedIndexedAccess: true,
        types: ["node"],
        outDir: "out",
        skipLibCheck: false,
      },
      files: ["consumer.ts"],
    }),
  );
  copyFileSync(join(import.meta.dirname, "fixtures/consumer.ts"), join(project, "consumer.ts"));
  run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error"]);
});

afterAll(() => rmSync(project, { recursive: true, force: true }));

describe("the packed packages in a project of their own", () => {
  it("type-check a consumer of the client, validators, mocks and types", () => {
    run(join(project, "node_modules/.bin/tsc"), ["-p", "tsconfig.json"]);
  });

  it("run it against the standalone mock", () => {
    const out = run(process.execPath, [join(project, "out/consumer.js")]);
    expect(JSON.parse(out)).toEqual({
      created: "disk_encryption",
      listed: true,
      devices: expect.any(Number),
      badRequestIssues: expect.any(Number),
      missingRuleStatus: 404,
    });
    const result = JSON.parse(out);
    expect(result.devices).toBeGreaterThan(2);
    expect(result.badRequestIssues).toBeGreaterThan(0);
  });
});
