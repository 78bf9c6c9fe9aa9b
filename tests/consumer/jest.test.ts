import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type ConsumerProject, installProject, tarballSpecifiers } from "./consumer-project.js";

const jest = join(import.meta.dirname, "node_modules/.bin/jest");
// msw from 2.11.3 on requires the ESM-only `until-async`, which Jest's default (CommonJS) mode
// cannot load on Node 20 (mswjs/msw#2591): a Jest user without configuration stays on 2.11.2.
// Still so in 2.15.0, the newest 2.x in December 2026: its CommonJS build requires `rettime`'s
// `.mjs` too ("Must use import to load ES Module"; Jest loads it only on Node 24.9+).
const mswVersion = "2.11.2";

let project: ConsumerProject;

beforeAll(() => {
  // A CommonJS project with no Jest configuration at all: Jest's defaults, as a new user has them.
  project = installProject(tarballSpecifiers(inject("release")), {
    type: "commonjs",
    devDependencies: { msw: mswVersion },
  });
  mkdirSync(join(project.dir, "__tests__"));
  for (const name of ["msw", "server"]) {
    copyFileSync(
      join(import.meta.dirname, "fixtures/jest", `${name}.jest.js`),
      join(project.dir, "__tests__", `${name}.test.js`),
    );
  }
});

afterAll(() => project?.remove());

describe("the released packages under Jest's defaults", () => {
  it("run a test file with msw handlers and one with the standalone mock", () => {
    // --json only changes how the results are printed; the configuration stays Jest's default.
    const report = JSON.parse(project.run(jest, ["--json"])) as {
      success: boolean;
      numTotalTestSuites: number;
      numPassedTests: number;
      numFailedTests: number;
    };
    expect(report).toMatchObject({ success: true, numTotalTestSuites: 2, numFailedTests: 0 });
    expect(report.numPassedTests).toBe(5);
  });
});
