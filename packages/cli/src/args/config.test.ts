import { describe, expect, it } from "vitest";
import { MOCK_ACCOUNT_ID, resolveConnection } from "./config.js";
import { UsageError } from "./usage-error.js";

const account = { scope: "account_id" as const };
const zone = { scope: "zone_id" as const };

describe("resolveConnection", () => {
  it("reads the client's environment variables", () => {
    const env = {
      CLOUDFLARE_API_TOKEN: "t0k",
      CLOUDFLARE_ACCOUNT_ID: "acc",
      CLOUDFLARE_BASE_URL: "http://127.0.0.1:4010/client/v4",
    };
    expect(resolveConnection(account, {}, env, false)).toEqual({
      connection: { apiToken: "t0k", accountId: "acc", baseUrl: "http://127.0.0.1:4010/client/v4" },
      warnings: [],
    });
  });

  it("lets options win over the environment, and warns about a token on the command line", () => {
    const env = { CLOUDFLARE_API_TOKEN: "env", CLOUDFLARE_ACCOUNT_ID: "env-acc" };
    const { connection, warnings } = resolveConnection(
      account,
      { "api-token": "flag", "account-id": "flag-acc" },
      env,
      false,
    );
    expect(connection).toEqual({ apiToken: "flag", accountId: "flag-acc" });
    expect(warnings).toEqual([
      expect.stringContaining("--api-token is saved in your shell history"),
    ]);
  });

  it("takes a global API key with its email", () => {
    const env = {
      CLOUDFLARE_API_KEY: "k",
      CLOUDFLARE_EMAIL: "e@example.com",
      CLOUDFLARE_ACCOUNT_ID: "acc",
    };
    expect(resolveConnection(account, {}, env, false).connection).toEqual({
      apiKey: "k",
      apiEmail: "e@example.com",
      accountId: "acc",
    });
  });

  it("needs nothing with --mock", () => {
    expect(resolveConnection(account, {}, {}, true).connection).toMatchObject({
      apiToken: "mock",
      accountId: MOCK_ACCOUNT_ID,
    });
  });

  const refused = [
    {
      name: "no credentials",
      env: {},
      values: {},
      command: account,
      want: /no Cloudflare credentials found\.\n.*export CLOUDFLARE_API_TOKEN=.*add --mock/s,
    },
    {
      name: "a key without its email",
      env: { CLOUDFLARE_API_KEY: "k" },
      values: {},
      command: account,
      want: /CLOUDFLARE_API_KEY is set but CLOUDFLARE_EMAIL is not/,
    },
    {
      name: "no account",
      env: { CLOUDFLARE_API_TOKEN: "t" },
      values: {},
      command: account,
      want: /no account: set CLOUDFLARE_ACCOUNT_ID or pass --account-id/,
    },
    {
      name: "no zone",
      env: { CLOUDFLARE_API_TOKEN: "t" },
      values: {},
      command: zone,
      want: /pass --zone-id/,
    },
    {
      name: "a bad base URL",
      env: { CLOUDFLARE_API_TOKEN: "t" },
      values: { "base-url": "localhost:4010" },
      command: {},
      want: /--base-url must be an http\(s\) URL/,
    },
  ];
  it.each(refused)("refuses $name", ({ env, values, command, want }) => {
    expect(() => resolveConnection(command, values, env, false)).toThrow(want);
  });

  // Each goes into the URL path: an empty one would fall back to another account unnoticed,
  // `.` and `..` would change the route. With --mock too.
  it.each([
    { values: { "account-id": "" }, env: {}, want: "--account-id must not be empty" },
    {
      values: { "account-id": ".." },
      env: {},
      want: '--account-id must not be "..", which would change the route',
    },
    {
      values: { "zone-id": "." },
      env: {},
      want: '--zone-id must not be ".", which would change the route',
    },
    {
      values: {},
      env: { CLOUDFLARE_ACCOUNT_ID: ".." },
      want: 'CLOUDFLARE_ACCOUNT_ID must not be "..", which would change the route',
    },
  ])("refuses the scope $values $env", ({ values, env, want }) => {
    for (const mock of [false, true]) {
      const withToken = { CLOUDFLARE_API_TOKEN: "t", ...env };
      expect(() => resolveConnection(account, values, withToken, mock)).toThrow(
        new UsageError(want),
      );
    }
  });
});
