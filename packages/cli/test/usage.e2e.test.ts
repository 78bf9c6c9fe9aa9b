import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type MockServer, startMockServer } from "@zt-devices/mocks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";

// Exit codes, usage errors, help and the embedded mock, through the built binary.
let server: MockServer;
let cwd: string;
/** Requests the mock server has received so far. */
let received = 0;
const env = () => ({
  CLOUDFLARE_API_TOKEN: "e2e-token",
  CLOUDFLARE_ACCOUNT_ID: "acc",
  CLOUDFLARE_BASE_URL: server.baseUrl,
});
const cli = (...args: string[]) => runCli(args, { env: env(), cwd });

beforeAll(async () => {
  server = await startMockServer({ port: 0 });
  server.server.on("request", () => {
    received++;
  });
  cwd = mkdtempSync(join(tmpdir(), "zt-devices-cli-"));
});
afterAll(() => server.close());

describe("usage errors: exit 2, nothing sent, a message naming the problem", () => {
  const cases = [
    {
      name: "an unknown option",
      args: ["physical-devices", "list", "--per-pag", "5"],
      want: "unknown option --per-pag (did you mean --per-page?)",
    },
    {
      name: "a missing required option",
      args: ["posture", "create", "--name", "Disk"],
      want: "missing required option --type",
    },
    {
      name: "a missing path option",
      args: ["posture", "get"],
      want: "missing required option --rule-id",
    },
    {
      name: "a value of the wrong type",
      args: ["physical-devices", "list", "--per-page", "ten"],
      want: '--per-page must be a number; got "ten"',
    },
    {
      name: "a page size below one",
      args: ["physical-devices", "list", "--per-page", "0"],
      want: "--per-page must be >= 1",
    },
    {
      name: "a page size that is not a whole number",
      args: ["registrations", "list", "--per-page", "1.5"],
      want: '--per-page must be a whole number; got "1.5"',
    },
    {
      name: "a value outside the enum",
      args: ["physical-devices", "list", "--sort-order", "up"],
      want: '--sort-order must be one of asc, desc; got "up"',
    },
    {
      name: "invalid JSON",
      args: ["policies", "default", "excludes", "update", "--data", '[{"address": }]'],
      want: "--data: the value is not valid JSON: Unexpected token '}'",
    },
    {
      name: "a file that does not exist",
      args: ["posture", "create", "--data", "@missing.json"],
      want: "--data: cannot read missing.json: no such file",
    },
    {
      name: "an invalid field inside JSON",
      args: [
        "dex-tests",
        "create",
        "--name",
        "t",
        "--interval",
        "1h",
        "--enabled",
        "--body-data",
        '{"kind":"http"}',
      ],
      want: "--body-data: /data/host is required",
    },
    {
      name: "an invalid body from --data",
      args: [
        "policies",
        "default",
        "excludes",
        "update",
        "--data",
        '[{"description": "no address"}]',
      ],
      want: "--data: /0",
    },
    {
      name: "a split tunnel entry with both an address and a host",
      args: [
        "policies",
        "default",
        "excludes",
        "update",
        "--data",
        '[{"address": "192.0.2.0/24"}, {"address": "198.51.100.0/24", "host": "example.net"}]',
      ],
      want: "--data: /1/host is not allowed together with address",
    },
    {
      name: "a stray argument",
      args: ["posture", "get", "r1"],
      want: 'unexpected argument "r1"; path parameters are options: --rule-id r1',
    },
    {
      name: "an unknown command",
      args: ["postures", "list"],
      want: 'unknown command "postures" for zt-devices (did you mean "posture"?)',
    },
    {
      name: "an unknown sub-command",
      args: ["policies", "default", "exclude", "get"],
      want: 'unknown command "exclude" for zt-devices policies default (did you mean "excludes"?)',
    },
    {
      name: "--mock-state without --mock",
      args: ["posture", "list", "--mock-state", "s.json"],
      want: "--mock-state needs --mock",
    },
  ];
  it.each(cases)("$name", async ({ args, want }) => {
    const before = received;
    const run = await cli(...args);
    expect(received - before).toBe(0);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(want);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("without credentials, says how to set them and mentions --mock", async () => {
    const run = await runCli(["posture", "list"], { env: {}, cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("export CLOUDFLARE_API_TOKEN=<token>");
    expect(run.stderr).toContain("CLOUDFLARE_ACCOUNT_ID");
    expect(run.stderr).toContain("--mock");
  });

  it("refuses a token the client cannot send", async () => {
    const run = await runCli(["posture", "list"], {
      env: { ...env(), CLOUDFLARE_API_TOKEN: "two words" },
      cwd,
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("apiToken contains");
  });

  it("warns that a token given as a flag lands in shell history, and uses it", async () => {
    const run = await runCli(
      [
        "settings",
        "get",
        "--api-token",
        "flag-token",
        "--account-id",
        "acc",
        "--base-url",
        server.baseUrl,
      ],
      { env: {}, cwd },
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("warning: --api-token is saved in your shell history");
  });
});

describe("API errors: exit 1 with Cloudflare's codes and messages", () => {
  it("prints the status, route and each error", async () => {
    const run = await cli("posture", "get", "--rule-id", "no-such-rule");
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(
      /^zt-devices: API error 404 on GET \/accounts\/\{account_id\}\/devices\/posture\/\{rule_id\}\n {2}error \d+: .*no-such-rule/,
    );
  });

  it("reports credentials the server refuses", async () => {
    const keyEnv = {
      CLOUDFLARE_API_KEY: "k",
      CLOUDFLARE_EMAIL: "not-an-email",
      CLOUDFLARE_ACCOUNT_ID: "acc",
      CLOUDFLARE_BASE_URL: server.baseUrl,
    };
    const run = await runCli(["posture", "list"], { env: keyEnv, cwd });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /API error 403 on GET .*\n {2}error \d+: Invalid format for X-Auth-Email header/,
    );
  });
});

describe("help and version", () => {
  it("--help lists every group and the global options", async () => {
    const run = await cli("--help");
    expect(run.code).toBe(0);
    for (const group of [
      "posture",
      "physical-devices",
      "policies",
      "registrations",
      "settings",
      "dex-tests",
    ]) {
      expect(run.stdout).toMatch(new RegExp(`^ {2}${group} +\\S`, "m"));
    }
    expect(run.stdout).toContain("--mock");
  });

  it("a group's help lists its commands, deprecated ones with their replacement", async () => {
    const run = await cli("devices", "--help");
    expect(run.stdout).toMatch(
      /^ {2}list +List devices \(deprecated: use physical-devices list or registrations list\)$/m,
    );
  });

  it("a command's help comes from the spec: summary, options, body, route", async () => {
    const run = await cli("posture", "create", "--help");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("zt-devices posture create: Create a device posture rule");
    expect(run.stdout).toMatch(
      /--name <string> +The name of the device posture rule\. \(required\)/,
    );
    expect(run.stdout).toContain("--data <json|@file|->");
    expect(run.stdout).toContain(
      "API: POST /accounts/{account_id}/devices/posture (createPostureRule)",
    );
  });

  it("a group without a command prints its help on stderr and exits 2", async () => {
    const run = await cli("posture");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Commands:");
  });

  it("--version prints the package version", async () => {
    const { version } = JSON.parse(
      readFileSync(new URL("../package.json", import.meta.url), "utf8"),
    ) as { version: string };
    expect(await cli("--version")).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });
});
