import { type MockServer, startMockServer } from "@zt-devices/mocks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DriftProxy, startDriftProxy } from "./drift-proxy.js";
import { runCli } from "./run-cli.js";

// `zt-devices verify`, the built binary, against the mock server behind a proxy that drifts.
const ACCOUNT = "699d98642c564d2e855e9661899b7252";
let server: MockServer;
let proxy: DriftProxy;

beforeAll(async () => {
  server = await startMockServer({ port: 0, seed: 9 });
  proxy = await startDriftProxy(server, (operationId, body) => {
    if (operationId === "getPostureRule") (body.result as Record<string, unknown>).name = null;
    return body;
  });
});
afterAll(async () => {
  await proxy.close();
  await server.close();
});

describe("zt-devices verify", () => {
  it("prints a machine-readable report with --json and exits 1 on a disagreement", async () => {
    const env = {
      CLOUDFLARE_API_TOKEN: "e2e-token",
      CLOUDFLARE_ACCOUNT_ID: ACCOUNT,
      CLOUDFLARE_BASE_URL: proxy.baseUrl,
    };
    const run = await runCli(["verify", "--json"], { env });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { ok: boolean; disagreements: unknown[] };
    expect(report.ok).toBe(false);
    expect(report.disagreements).toEqual([
      expect.objectContaining({ operationId: "getPostureRule", pointer: "/result/name" }),
    ]);
    expect(proxy.seen.every((request) => request.method === "GET")).toBe(true);
  });

  it("runs against the embedded mock and is listed in help", async () => {
    const run = await runCli(["verify", "--mock"]);
    expect(run.stdout).toContain("Every answer agrees with the spec.");
    expect(run.code).toBe(0);
    expect((await runCli(["--help"])).stdout).toMatch(/Commands:\n\s+verify\s+Check every/);
    const typo = await runCli(["verfy"]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('(did you mean "verify"?)');
    const help = await runCli(["verify", "--help"]);
    expect(help.stdout).toContain("Usage: zt-devices verify [options]");
    expect(help.stdout).toContain("Nothing is ever created, changed or deleted.");
  });
});
