import { copyFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type ConsumerProject, installProject, tarballSpecifiers } from "./consumer-project.js";

let project: ConsumerProject;

beforeAll(() => {
  // No msw: the main entry of @zt-devices/mocks must work without it.
  project = installProject(tarballSpecifiers(inject("release")), {
    devDependencies: { typescript: "5.9.3", "@types/node": "^20.19.0" },
  });
  writeFileSync(
    join(project.dir, "tsconfig.json"),
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
      files: ["consumer.ts", "consumer.cts"],
    }),
  );
  for (const file of ["consumer.ts", "consumer.cts"]) {
    copyFileSync(join(import.meta.dirname, "fixtures", file), join(project.dir, file));
  }
});

afterAll(() => project?.remove());

/** What both programs print: the same calls, through ESM imports or CommonJS require(). */
function expectConsumerOutput(out: string): void {
  const result = JSON.parse(out);
  expect(result).toEqual({
    created: "disk_encryption",
    listed: true,
    devices: expect.any(Number),
    badRequestIssues: expect.any(Number),
    missingRuleStatus: 404,
  });
  expect(result.devices).toBeGreaterThan(2);
  expect(result.badRequestIssues).toBeGreaterThan(0);
}

describe("the released packages in a project of their own", () => {
  it("type-check an ESM and a CommonJS consumer of the client, validators, mocks and types", () => {
    project.run(join(project.dir, "node_modules/.bin/tsc"), ["-p", "tsconfig.json"]);
  });

  it("run under Node's ESM against the standalone mock", () => {
    expectConsumerOutput(project.run(process.execPath, [join(project.dir, "out/consumer.js")]));
  });

  it("run under Node's CommonJS require(), without require(esm), against the standalone mock", () => {
    // Node 20 before 20.19 cannot require() an ES module; turning require(esm) off here shows the
    // packages' `engines` (>=20) holds for CommonJS programs too.
    expectConsumerOutput(
      project.run(process.execPath, [
        "--no-experimental-require-module",
        join(project.dir, "out/consumer.cjs"),
      ]),
    );
  });
});
