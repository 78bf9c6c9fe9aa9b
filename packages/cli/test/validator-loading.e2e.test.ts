import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import {
  generatedValidators,
  operationClosure,
  TRACER,
  validatorModules,
} from "../../mocks/test/loading/module-graph.js";
import { BIN } from "./run-cli.js";

const scratch = mkdtempSync(join(tmpdir(), "zt-cli-loading-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let runs = 0;

/** Runs the built CLI with the module tracer; its exit code and every module the process loaded. */
function traced(args: readonly string[]): Promise<{ code: number | null; loaded: string[] }> {
  const trace = join(scratch, `run-${++runs}.json`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", TRACER, BIN, ...args], {
      env: { PATH: process.env.PATH ?? "", LOAD_TRACE: trace },
      stdio: ["ignore", "ignore", "inherit"],
    });
    child.on("error", reject);
    child.on("close", (code) => {
      try {
        resolve({ code, loaded: JSON.parse(readFileSync(trace, "utf8")) });
      } catch (error) {
        reject(error);
      }
    });
  });
}

const packages = (loaded: readonly string[]) =>
  [...new Set(loaded.map((url) => /\/packages\/([^/]+)\//.exec(url)?.[1]).filter(Boolean))].sort();

describe("zt-devices loads only the validators of the command it runs", () => {
  // A command group's help reads its commands' routes from the shared operation table
  // (@zt-devices/types/operations); the root help does not load even that.
  it.each([
    ["--help", ["cli"]],
    ["posture --help", ["cli", "types"]],
    ["posture create --help", ["cli", "types"]],
  ])("`%s` loads no validator, client or mock", async (line, want) => {
    const { code, loaded } = await traced(line.split(" "));
    expect(code).toBe(0);
    expect(loaded).toContain(pathToFileURL(BIN).href);
    expect(packages(loaded)).toEqual(want);
  });

  it("`--help` loads the help text, the group index and nothing else of the CLI", async () => {
    const { code, loaded } = await traced(["--help"]);
    expect(code).toBe(0);
    // main, the help renderer with its layout and global options, and the generated group index:
    // every command module, the argument parser and the output code wait for a command.
    const own = loaded.filter((url) => url.includes("/packages/cli/dist/"));
    expect(own.length).toBeLessThanOrEqual(5);
    expect(own.some((url) => /\/commands\/[^/]+\.gen\.js$/.test(url))).toBe(false);
  });

  it.each([
    ["posture list --mock", ["list-posture-rules"]],
    ["settings get --mock", ["get-device-settings"]],
  ])("`%s` loads the validators of its operation alone", async (line, operations) => {
    const { code, loaded } = await traced(line.split(" "));
    expect(code).toBe(0);
    const modules = generatedValidators(validatorModules(loaded));
    const allowed = new Set(operations.flatMap((id) => [...operationClosure(id, "esm")]));
    for (const id of operations) expect(modules).toContain(`operations/${id}.gen.js`);
    expect(modules.filter((module) => !allowed.has(module))).toEqual([]);
  });
});
