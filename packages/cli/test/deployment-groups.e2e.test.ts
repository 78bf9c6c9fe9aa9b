import { type MockServer, startMockServer } from "@zt-devices/mocks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, tableRows } from "./run-cli.js";

// The deployment-groups commands, through the built binary, against the standalone mock server.
const ACCOUNT = "699d98642c564d2e855e9661899b7252";
let server: MockServer;
const cli = (...args: string[]) =>
  runCli(args, {
    env: {
      CLOUDFLARE_API_TOKEN: "e2e-token",
      CLOUDFLARE_ACCOUNT_ID: ACCOUNT,
      CLOUDFLARE_BASE_URL: server.baseUrl,
    },
  });

beforeAll(async () => {
  server = await startMockServer({ port: 0, seed: 13 });
});
afterAll(() => server.close());

describe("zt-devices deployment-groups", () => {
  it("create, list, get, edit, delete, then a 404 with the API's error", async () => {
    const version = JSON.stringify([{ target_environment: "windows", version: "2025.2.1.0" }]);
    const create = await cli(
      "deployment-groups",
      "create",
      "--name",
      "Canary",
      "--version-config",
      version,
      "--json",
    );
    expect(create.stderr).toBe("");
    const created = JSON.parse(create.stdout) as { id: string; name: string };
    expect(created.name).toBe("Canary");

    const list = await cli("deployment-groups", "list", "--per-page", "2", "--all");
    expect(list.code).toBe(0);
    const rows = tableRows(list.stdout);
    expect(rows.slice(1).map((row) => row[0])).toContain(created.id);
    expect(rows).toHaveLength(5);

    const profile = [...server.mock.store.account(ACCOUNT).policies.keys()][2] as string;
    const edit = await cli(
      "deployment-groups",
      "edit",
      "--group-id",
      created.id,
      "--policy-ids",
      profile,
      "--json",
    );
    expect(edit.stderr).toBe("");
    expect(JSON.parse(edit.stdout)).toMatchObject({ name: "Canary", policy_ids: [profile] });

    const bad = await cli(
      "deployment-groups",
      "edit",
      "--group-id",
      created.id,
      "--policy-ids",
      "nope",
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("/body/policy_ids/0 must name a custom device settings profile");

    expect((await cli("deployment-groups", "delete", "--group-id", created.id, "--yes")).code).toBe(
      0,
    );
    const gone = await cli("deployment-groups", "get", "--group-id", created.id);
    expect(gone.code).toBe(1);
    expect(gone.stderr).toContain("API error 404");
    expect(gone.stderr).toContain(`No deployment group with id ${created.id}`);
  });
});
