import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type MockServer, startMockServer } from "@zt-devices/mocks";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runCli, tableRows } from "./run-cli.js";

// One command group after another, through the built binary, against the standalone mock server.
const ACCOUNT = "699d98642c564d2e855e9661899b7252";
let server: MockServer;
let cwd: string;
const env = () => ({
  CLOUDFLARE_API_TOKEN: "e2e-token",
  CLOUDFLARE_ACCOUNT_ID: ACCOUNT,
  CLOUDFLARE_BASE_URL: server.baseUrl,
});
const cli = (...args: string[]) => runCli(args, { env: env(), cwd });
const json = async (...args: string[]) => {
  const run = await cli(...args, "--json");
  // Only the notes a user should see: a deprecation warning, and that a list has more pages.
  const notes = /^(warning: `zt-devices .*` is deprecated: use .*|More results: add --all .*)$/;
  expect(run.stderr.split("\n").filter((line) => line !== "" && !notes.test(line))).toEqual([]);
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as Record<string, unknown> & Record<string, unknown>[];
};

beforeAll(async () => {
  server = await startMockServer({ port: 0, seed: 7 });
  cwd = mkdtempSync(join(tmpdir(), "zt-devices-cli-"));
});
afterAll(() => server.close());
beforeEach(() => server.mock.reset());

describe("a table, and the unwrapped result with --json, for every group", () => {
  const lists = [
    { group: "posture", args: ["posture", "list"], header: ["ID", "NAME", "ENABLED", "TYPE"] },
    {
      group: "posture integrations",
      args: ["posture", "integrations", "list"],
      header: ["ID", "NAME", "TYPE"],
    },
    {
      group: "physical-devices",
      args: ["physical-devices", "list"],
      header: ["ID", "NAME", "LAST_SEEN_USER.EMAIL"],
    },
    {
      group: "registrations",
      args: ["registrations", "list"],
      header: ["ID", "DEVICE.NAME", "POLICY.NAME", "USER.EMAIL"],
    },
    { group: "dex-tests", args: ["dex-tests", "list"], header: ["TEST_ID", "NAME"] },
    { group: "ip-profiles", args: ["ip-profiles", "list"], header: ["ID", "NAME"] },
    { group: "networks", args: ["networks", "list"], header: ["NETWORK_ID", "NAME", "TYPE"] },
    {
      group: "policies custom",
      args: ["policies", "custom", "list"],
      header: ["POLICY_ID", "NAME"],
    },
    { group: "devices (deprecated)", args: ["devices", "list"], header: ["ID", "NAME"] },
  ];
  it.each(lists)("$group", async ({ args, header }) => {
    const table = await cli(...args);
    expect(table.code).toBe(0);
    const rows = tableRows(table.stdout);
    expect(rows[0]?.slice(0, header.length)).toEqual(header);
    const items = await json(...args);
    expect(Array.isArray(items)).toBe(true);
    expect(rows).toHaveLength(items.length + 1);
    const key = header[0]?.toLowerCase() as string;
    expect(rows.slice(1).map((r) => r[0])).toEqual(items.map((item) => item[key]));
  });

  const records = [
    { group: "settings", args: ["settings", "get"], field: "gateway_proxy_enabled" },
    { group: "global-warp-override", args: ["global-warp-override", "get"], field: "disconnect" },
    { group: "policies default", args: ["policies", "default", "get"], field: "allow_mode_switch" },
    {
      group: "policies default certificates",
      args: ["policies", "default", "certificates", "get", "--zone-id", "z1"],
      field: "enabled",
    },
  ];
  it.each(records)("$group", async ({ args, field }) => {
    const record = await json(...args);
    expect(record).toHaveProperty(field);
    const table = await cli(...args);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(new RegExp(`^${field} +${String(record[field])}$`, "m"));
  });

  it("fleet-status, for a device the account has", async () => {
    const [device] = await json("physical-devices", "list");
    const status = await json(
      "fleet-status",
      "live",
      "--device-id",
      String(device?.id),
      "--since-minutes",
      "10",
    );
    // The mock's own answer for that device, straight from the server; only the time differs.
    const direct = await fetch(
      `${server.baseUrl}/accounts/${ACCOUNT}/dex/devices/${String(device?.id)}/fleet-status/live?since_minutes=10`,
      { headers: { authorization: "Bearer e2e-token" } },
    );
    // This operation answers without the { result } envelope.
    const answer = (await direct.json()) as Record<string, unknown>;
    expect(status).toMatchObject({ deviceId: device?.id, deviceName: device?.name });
    expect({ ...status, timestamp: "" }).toEqual({ ...answer, timestamp: "" });
    expect(
      (
        await cli(
          "fleet-status",
          "live",
          "--device-id",
          String(device?.id),
          "--since-minutes",
          "10",
        )
      ).code,
    ).toBe(0);
  });
});

describe("changes", () => {
  it("posture create with scalar options and --input @file, then get", async () => {
    writeFileSync(join(cwd, "input.json"), JSON.stringify({ requireAll: true }));
    const created = await json(
      "posture",
      "create",
      "--name",
      "Disk encrypted",
      "--type",
      "disk_encryption",
      "--input",
      "@input.json",
    );
    expect(created).toMatchObject({
      name: "Disk encrypted",
      type: "disk_encryption",
      input: { requireAll: true },
    });
    const table = await cli("posture", "get", "--rule-id", String(created.id));
    expect(table.stdout).toMatch(/^name +Disk encrypted$/m);
    expect(table.stdout).toMatch(/^type +disk_encryption$/m);
  });

  it("policies default excludes update --data @list.json, and from stdin with --data -", async () => {
    const list = [{ address: "10.0.0.0/8", description: "office" }, { host: "*.example.com" }];
    writeFileSync(join(cwd, "list.json"), JSON.stringify(list));
    const set = await cli("policies", "default", "excludes", "update", "--data", "@list.json");
    expect(set.code).toBe(0);
    expect(set.stdout).toMatch(
      /^ADDRESS +HOST +DESCRIPTION\n10\.0\.0\.0\/8 +office\n +\*\.example\.com\n$/,
    );
    expect(await json("policies", "default", "excludes", "get")).toEqual(list);
    const piped = await runCli(
      ["policies", "default", "excludes", "update", "--data", "-", "--json"],
      { env: env(), cwd, input: JSON.stringify([list[1]]) },
    );
    expect(JSON.parse(piped.stdout)).toEqual([list[1]]);
  });

  it("registrations revoke --id a --id b: refused without --yes, done with it", async () => {
    const [a, b] = await json("registrations", "list");
    const ids = ["--id", String(a?.id), "--id", String(b?.id)];
    const refused = await cli("registrations", "revoke", ...ids);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      "refusing to run `zt-devices registrations revoke` without confirmation: pass --yes",
    );
    expect(
      (await json("registrations", "get", "--registration-id", String(a?.id))).revoked_at,
    ).toBeNull();
    const done = await cli("registrations", "revoke", ...ids, "--yes");
    expect(done.code).toBe(0);
    expect(
      (await json("registrations", "get", "--registration-id", String(a?.id))).revoked_at,
    ).toEqual(expect.any(String));
  });

  const destructive = [
    {
      name: "posture delete",
      args: (id: string) => ["posture", "delete", "--rule-id", id],
      list: ["posture", "list"],
      key: "id",
    },
    {
      name: "registrations bulk-delete",
      args: (id: string) => ["registrations", "bulk-delete", "--id", id],
      list: ["registrations", "list"],
      key: "id",
    },
    {
      name: "physical-devices delete",
      args: (id: string) => ["physical-devices", "delete", "--device-id", id],
      list: ["physical-devices", "list"],
      key: "id",
    },
  ];
  it.each(destructive)("$name asks for --yes, then deletes", async ({ args, list, key }) => {
    const before = await json(...list);
    const id = String(before[0]?.[key]);
    const refused = await cli(...args(id));
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe("");
    expect(await json(...list)).toHaveLength(before.length);
    expect((await cli(...args(id), "-y")).code).toBe(0);
    expect((await json(...list)).map((item) => item[key])).not.toContain(id);
  });

  it("settings edit, then settings reset asks for --yes and resets", async () => {
    expect((await json("settings", "edit", "--disable-for-time", "30")).disable_for_time).toBe(30);
    expect((await cli("settings", "reset")).code).toBe(2);
    expect((await json("settings", "get")).disable_for_time).toBe(30);
    expect((await cli("settings", "reset", "--yes")).code).toBe(0);
    expect((await json("settings", "get")).disable_for_time).toBe(0);
  });
});

describe("--all", () => {
  const paginated = [
    { name: "cursor pages (physical-devices)", args: ["physical-devices", "list"] },
    { name: "cursor pages (registrations)", args: ["registrations", "list"] },
    { name: "numbered pages (dex-tests)", args: ["dex-tests", "list"] },
  ];
  it.each(paginated)("follows $name: NDJSON as pages arrive, or one table", async ({ args }) => {
    const firstPage = await json(...args, "--per-page", "1");
    expect(firstPage).toHaveLength(1);
    const every = await json(...args, "--per-page", "100");
    expect(every.length).toBeGreaterThan(1);
    const ndjson = await cli(...args, "--per-page", "1", "--all", "--json");
    expect(ndjson.code).toBe(0);
    const lines = ndjson.stdout
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines).toEqual(every);
    const table = await cli(...args, "--per-page", "1", "--all");
    expect(tableRows(table.stdout)).toHaveLength(every.length + 1);
    expect(table.stderr).toBe("");
  });
});
