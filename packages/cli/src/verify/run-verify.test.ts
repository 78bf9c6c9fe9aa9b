import { type AccountState, type MockServer, startMockServer } from "@zt-devices/mocks";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type DriftProxy, startDriftProxy } from "../../test/drift-proxy.js";
import { runVerify } from "./run-verify.js";
import type { VerifyReport } from "./verify-report.js";

const ACCOUNT = "699d98642c564d2e855e9661899b7252";
type Json = Record<string, unknown>;
type Registration = AccountState["registrations"] extends Map<string, infer R> ? R : never;
type DexTest = AccountState["dexTests"] extends Map<string, infer T> ? T : never;
let server: MockServer;
let proxy: DriftProxy;
let drift: (operationId: string, body: Json, url: URL) => unknown = (_id, body) => body;

beforeAll(async () => {
  server = await startMockServer({ port: 0, seed: 5 });
  proxy = await startDriftProxy(server, (id, body, url) => drift(id, body, url));
});
afterAll(async () => {
  await proxy.close();
  await server.close();
});
afterEach(() => {
  server.mock.reset();
  proxy.seen.length = 0;
  drift = (_id, body) => body;
});

async function verify(...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const env = {
    CLOUDFLARE_API_TOKEN: "verify-token",
    CLOUDFLARE_ACCOUNT_ID: ACCOUNT,
    CLOUDFLARE_BASE_URL: proxy.baseUrl,
  };
  const code = await runVerify(argv, env, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}

async function report(...argv: string[]): Promise<{ code: number; report: VerifyReport }> {
  const run = await verify("--json", ...argv);
  return { code: run.code, report: JSON.parse(run.stdout) as VerifyReport };
}

// More records than one page holds, so that lists are walked page by page.
function growAccount(): void {
  const account = server.mock.store.account(ACCOUNT);
  const [template] = account.registrations.values() as Iterable<Registration>;
  for (let i = 0; i < 22; i++) {
    const id = `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`;
    account.registrations.set(id, { ...(template as Registration), id });
  }
  const [test] = account.dexTests.values();
  for (let i = 0; i < 42; i++) {
    const id = i.toString(16).padStart(32, "0");
    account.dexTests.set(id, { ...(test as DexTest), test_id: id, name: `Test ${i}` });
  }
}

describe("zt-devices verify against the mock", () => {
  it("agrees with an API that sends what the spec says, and only ever sends GET", async () => {
    growAccount();
    const { code, report: found } = await report("--zone-id", "023e105f4ecef8ad9ca31a8372d0c353");
    expect(found.disagreements).toEqual([]);
    expect(found.failures).toEqual([]);
    expect(found.skipped).toEqual([]);
    expect(code).toBe(0);
    expect(new Set(proxy.seen.map((r) => r.method))).toEqual(new Set(["GET"]));
    // 27 registrations at 10 a page: three pages, the later ones by cursor.
    expect(found.checked.listRegistrations).toBe(3);
    const pages = proxy.seen.filter((r) => r.operationId === "listRegistrations");
    expect(pages.filter((r) => r.url.includes("cursor=")).length).toBe(2);
    // 45 DEX tests at 20 a page: three pages, by page number.
    expect(found.checked.listDexTests).toBe(3);
    // A get by id for every read with an id in its path, fed from the lists.
    expect(found.checked.getPostureRule).toBe(1);
    expect(found.checked.getFleetStatusLive).toBe(1);
  });

  it("reports a null, an unknown enum value and a missing required field, with pointers", async () => {
    growAccount();
    drift = (operationId, body, url) => {
      const result = body.result as Json & Json[];
      if (operationId === "listRegistrations" && url.searchParams.has("cursor"))
        (result[1] as Json).created_at = null;
      if (operationId === "listDeviceNetworks") (result[0] as Json).type = "carrier_pigeon";
      if (operationId === "getRegistration") delete result.key;
      return body;
    };
    const { code, report: found } = await report();
    expect(code).toBe(1);
    const seen = found.disagreements.map((d) => `${d.operationId} ${d.pointer} ${d.keyword}`);
    expect(seen.sort()).toEqual([
      "getRegistration /result/key required",
      "listDeviceNetworks /result/0/type enum",
      // Pages 2 and 3 both carry it: every page is checked.
      "listRegistrations /result/1/created_at type",
      "listRegistrations /result/1/created_at type",
    ]);
    const text = await verify();
    expect(text.code).toBe(1);
    expect(text.stdout).toContain(
      "listDeviceNetworks /result/0/type: /result/0/type must be one of",
    );
    expect(text.stdout).toMatch(/GET \/accounts\/\w+\/devices\/registrations\?cursor=\S+ -> 200/);
  });

  it("reports a call the API refuses, and skips the zone without --zone-id", async () => {
    server.mock.faults.fail("getDeviceSettings", 403);
    const { code, report: found } = await report();
    expect(code).toBe(1);
    expect(found.failures).toEqual([
      expect.objectContaining({ operationId: "getDeviceSettings", status: 403 }),
    ]);
    expect(found.skipped.map((s) => s.operationId)).toEqual(["getDeviceCertificateProvisioning"]);
  });

  it("needs credentials like every command, unless --mock", async () => {
    const noCredentials = await runVerify([], {}, { stdout: () => {}, stderr: () => {} });
    expect(noCredentials).toBe(2);
    let out = "";
    const code = await runVerify(["--mock"], {}, { stdout: (t) => (out += t), stderr: () => {} });
    expect(out).toContain("Every answer agrees with the spec.");
    expect(code).toBe(0);
  });
});
