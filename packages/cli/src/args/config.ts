import type { CommandSpec } from "../commands/command-spec.js";
import { pathSegment } from "./path-segment.js";
import { UsageError } from "./usage-error.js";

/** Where a command sends its request and as whom; the fields of the client's options it sets. */
export interface Connection {
  apiToken?: string;
  apiEmail?: string;
  apiKey?: string;
  accountId?: string;
  zoneId?: string;
  baseUrl?: string;
}

/** The account the embedded mock serves when none is given. */
export const MOCK_ACCOUNT_ID = "023e105f4ecef8ad9ca31a8372d0c353";
/** The zone the embedded mock serves when none is given. */
export const MOCK_ZONE_ID = "023e105f4ecef8ad9ca31a8372d0c353";

const HOW_TO = [
  "Set an API token with Zero Trust permissions:",
  "  export CLOUDFLARE_API_TOKEN=<token>",
  "or a global API key and its email:",
  "  export CLOUDFLARE_EMAIL=<email> CLOUDFLARE_API_KEY=<key>",
  "and the account to act on:",
  "  export CLOUDFLARE_ACCOUNT_ID=<account id>   (or pass --account-id)",
  "To try zt-devices with no account at all, add --mock: it runs against an embedded mock.",
].join("\n");

function pick(...values: (string | undefined)[]): string | undefined {
  return values.map((v) => v?.trim()).find((v) => v !== undefined && v !== "");
}

// An account or zone given as an option: refused when empty, `.` or `..`.
function scopeOption(flag: string, option: unknown): string | undefined {
  return typeof option === "string" ? pathSegment(flag, option.trim()) : undefined;
}

// An account from the environment: unset when empty, as the client reads it; `.` or `..` refused.
function scopeVariable(name: string, value: string | undefined): string | undefined {
  const given = pick(value);
  return given === undefined ? undefined : pathSegment(name, given);
}

/**
 * Resolves credentials, account, zone and base URL from options and the same environment
 * variables as the client (`CLOUDFLARE_API_TOKEN`, `CLOUDFLARE_EMAIL` + `CLOUDFLARE_API_KEY`,
 * `CLOUDFLARE_ACCOUNT_ID`, `CLOUDFLARE_BASE_URL`); options win. Fails with instructions when the
 * command cannot run; `warnings` holds what to tell the user anyway. With `mock`, nothing is required.
 *
 * @example
 * resolveConnection(command, { "account-id": "699d…" }, process.env, false);
 */
export function resolveConnection(
  command: Pick<CommandSpec, "scope">,
  values: Readonly<Record<string, unknown>>,
  env: Readonly<Record<string, string | undefined>>,
  mock: boolean,
): { connection: Connection; warnings: string[] } {
  const warnings: string[] = [];
  const flagToken = pick(values["api-token"] as string | undefined);
  if (flagToken) {
    warnings.push(
      "--api-token is saved in your shell history; prefer the CLOUDFLARE_API_TOKEN environment variable",
    );
  }
  const apiToken = flagToken ?? pick(env.CLOUDFLARE_API_TOKEN);
  const apiKey = apiToken ? undefined : pick(env.CLOUDFLARE_API_KEY);
  const apiEmail = apiToken ? undefined : pick(env.CLOUDFLARE_EMAIL);
  const accountId =
    scopeOption("--account-id", values["account-id"]) ??
    scopeVariable("CLOUDFLARE_ACCOUNT_ID", env.CLOUDFLARE_ACCOUNT_ID);
  const zoneId = scopeOption("--zone-id", values["zone-id"]);
  const baseUrl = pick(values["base-url"] as string | undefined, env.CLOUDFLARE_BASE_URL);
  if (mock) {
    return {
      connection: {
        apiToken: apiToken ?? "mock",
        accountId: accountId ?? MOCK_ACCOUNT_ID,
        zoneId: zoneId ?? MOCK_ZONE_ID,
      },
      warnings,
    };
  }
  if (!apiToken && (apiKey === undefined) !== (apiEmail === undefined)) {
    const [has, lacks] = apiKey
      ? ["CLOUDFLARE_API_KEY", "CLOUDFLARE_EMAIL"]
      : ["CLOUDFLARE_EMAIL", "CLOUDFLARE_API_KEY"];
    throw new UsageError(
      `${has} is set but ${lacks} is not: a global API key needs both.\n${HOW_TO}`,
    );
  }
  if (!apiToken && !apiKey) throw new UsageError(`no Cloudflare credentials found.\n${HOW_TO}`);
  if (command.scope === "account_id" && !accountId) {
    throw new UsageError(
      "no account: set CLOUDFLARE_ACCOUNT_ID or pass --account-id (or try --mock)",
    );
  }
  if (command.scope === "zone_id" && !zoneId) {
    throw new UsageError("this command acts on a zone: pass --zone-id (or try --mock)");
  }
  if (baseUrl && !/^https?:\/\/[^/]/.test(baseUrl)) {
    throw new UsageError(`--base-url must be an http(s) URL; got "${baseUrl}"`);
  }
  const credentials = apiToken
    ? { apiToken }
    : { apiKey: apiKey as string, apiEmail: apiEmail as string };
  return {
    connection: {
      ...credentials,
      ...(accountId ? { accountId } : {}),
      ...(zoneId ? { zoneId } : {}),
      ...(baseUrl ? { baseUrl } : {}),
    },
    warnings,
  };
}
