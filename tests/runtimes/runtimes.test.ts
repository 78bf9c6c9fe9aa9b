import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cpSync, mkdtempSync, realpathSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { type MockServer, startMockServer } from "@zt-devices/mocks";
import { build } from "esbuild";
import { Miniflare } from "miniflare";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installPacked } from "./install-packed.js";

const run = promisify(execFile);
const here = import.meta.dirname;
const bin = (name: string) => join(here, "node_modules/.bin", name);

// A project outside the workspace holding the packed client, validators and types.
const project = mkdtempSync(join(tmpdir(), "zt-devices-runtimes-"));
let server: MockServer;
let miniflare: Miniflare | undefined;

beforeAll(async () => {
  installPacked(project, ["client", "validators", "types"]);
  // The client's one dependency, from the workspace (the tests never reach a registry).
  symlinkSync(
    realpathSync(join(here, "../../packages/client/node_modules/openapi-fetch")),
    join(project, "node_modules/openapi-fetch"),
  );
  cpSync(join(here, "fixtures"), project, { recursive: true });
  server = await startMockServer({ port: 0, seed: 3 });
});

afterAll(async () => {
  await miniflare?.dispose();
  await server?.close();
  rmSync(project, { recursive: true, force: true });
});

const VARIANTS = ["plain", "validated"] as const;
type Variant = (typeof VARIANTS)[number];

/** A fresh account of the mock for each run, so runs see only their own rules. */
function config() {
  return { baseUrl: server.baseUrl, account: randomBytes(16).toString("hex") };
}

function expected(variant: Variant) {
  return {
    created: "disk_encryption",
    listed: true,
    updated: "Disk encrypted everywhere",
    devices: expect.any(Number),
    missing: 404,
    refused: variant === "validated" ? "ValidationError" : "none",
  };
}

/** Runs `main.js` of the project in a runtime and parses what it printed. */
async function runCli(command: string, args: string[], variant: Variant) {
  const { stdout } = await run(command, [...args, "main.js", variant, JSON.stringify(config())], {
    cwd: project,
    env: { ...process.env, NO_COLOR: "1", DENO_NO_UPDATE_CHECK: "1" },
    timeout: 60_000,
  });
  return JSON.parse(stdout);
}

describe.each(VARIANTS)("the packed client (%s) against the standalone mock", (variant) => {
  it("runs in Node", async () => {
    const result = await runCli(process.execPath, [], variant);
    expect(result).toEqual(expected(variant));
    expect(result.devices).toBeGreaterThan(2);
  });

  it("runs in Bun", async () => {
    expect(await runCli(bin("bun"), ["run"], variant)).toEqual(expected(variant));
  });

  it("runs in Deno", async () => {
    const permissions = ["--allow-net=127.0.0.1", "--allow-read", "--allow-env"];
    expect(await runCli(bin("deno"), ["run", "--quiet", ...permissions], variant)).toEqual(
      expected(variant),
    );
  });

  it("runs in workerd (Miniflare) bundled with esbuild's workerd conditions", async () => {
    const bundle = await build({
      entryPoints: [join(project, "worker.js")],
      absWorkingDir: project,
      alias: { variant: `./${variant}.js` },
      bundle: true,
      format: "esm",
      platform: "neutral",
      mainFields: ["module", "main"],
      conditions: ["workerd", "worker", "browser"],
      target: "es2022",
      write: false,
      logLevel: "silent",
    });
    const script = bundle.outputFiles[0]?.text ?? "";
    if (variant === "plain") expect(script).not.toContain("ValidationError");
    const options = { modules: true, script, compatibilityDate: "2024-09-23" };
    if (miniflare) await miniflare.setOptions(options);
    else miniflare = new Miniflare(options);
    const response = await miniflare.dispatchFetch("http://worker/", {
      method: "POST",
      body: JSON.stringify(config()),
    });
    const text = await response.text();
    expect(response.status, text).toBe(200);
    expect(JSON.parse(text)).toEqual(expected(variant));
  });
});
