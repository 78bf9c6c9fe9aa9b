import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { TRACER } from "../../mocks/test/loading/module-graph.js";
import { BIN } from "./run-cli.js";

const scratch = mkdtempSync(join(tmpdir(), "zt-cli-groups-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let runs = 0;

/** Runs the built CLI with the module tracer; its exit code and the command modules it loaded. */
function commandModules(
  args: readonly string[],
): Promise<{ code: number | null; loaded: string[] }> {
  const trace = join(scratch, `run-${++runs}.json`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", TRACER, BIN, ...args], {
      env: { PATH: process.env.PATH ?? "", LOAD_TRACE: trace },
      stdio: ["ignore", "ignore", "ignore"],
    });
    child.on("error", reject);
    child.on("close", (code) => {
      try {
        const urls: string[] = JSON.parse(readFileSync(trace, "utf8"));
        const loaded = urls
          .map((url) => /\/packages\/cli\/dist\/commands\/(.+\.gen\.js)$/.exec(url)?.[1])
          .filter((path): path is string => path !== undefined)
          .sort();
        resolve({ code, loaded });
      } catch (error) {
        reject(error);
      }
    });
  });
}

describe("zt-devices loads the modules of the groups a command line names, no others", () => {
  it.each([
    ["policies --help", ["policies.gen.js"]],
    ["policies default --help", ["policies.gen.js", "policies/default.gen.js"]],
    [
      "policies default excludes get --help",
      ["policies.gen.js", "policies/default.gen.js", "policies/default/excludes.gen.js"],
    ],
    [
      "policies custom create --help",
      ["policies.gen.js", "policies/custom.gen.js", "policies/custom/create.gen.js"],
    ],
    ["posture list --help", ["posture.gen.js"]],
  ])("`%s`", async (line, modules) => {
    const { code, loaded } = await commandModules(line.split(" "));
    expect(code).toBe(0);
    expect(loaded).toEqual(modules);
  });
});
