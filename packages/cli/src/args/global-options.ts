import type { ArgSpec } from "./args.js";

/** An option with what help says of it. */
export interface OptionHelp extends ArgSpec {
  readonly description: string;
  /** The value's name in help: `--account-id <id>`. */
  readonly placeholder?: string;
}

/** Options every command takes. */
export const GLOBAL_OPTIONS: readonly OptionHelp[] = [
  {
    flag: "json",
    type: "boolean",
    description: "Print the result as JSON (with --all: one item per line)",
  },
  {
    flag: "yes",
    short: "y",
    type: "boolean",
    description: "Delete, revoke or reset without asking (required when not on a terminal)",
  },
  {
    flag: "account-id",
    type: "string",
    placeholder: "id",
    description: "Account to act on (default: CLOUDFLARE_ACCOUNT_ID)",
  },
  {
    flag: "zone-id",
    type: "string",
    placeholder: "id",
    description: "Zone to act on (certificate commands)",
  },
  {
    flag: "base-url",
    type: "string",
    placeholder: "url",
    description:
      "API base URL (default: CLOUDFLARE_BASE_URL or https://api.cloudflare.com/client/v4)",
  },
  {
    flag: "api-token",
    type: "string",
    placeholder: "token",
    description: "API token; prefer CLOUDFLARE_API_TOKEN, as a flag lands in shell history",
  },
  {
    flag: "mock",
    type: "boolean",
    description: "Run against the embedded mock: no network, no account",
  },
  {
    flag: "mock-state",
    type: "string",
    placeholder: "file",
    description: "With --mock: keep the mock's data in this file from one run to the next",
  },
  { flag: "help", short: "h", type: "boolean", description: "Show help" },
];

/** `--data`, for commands that send a body. */
export const DATA_OPTION: OptionHelp = {
  flag: "data",
  type: "json",
  placeholder: "json|@file|-",
  description: "The whole body: inline JSON, @file.json, or - for standard input",
};

/** `--all`, for paginated lists. */
export const ALL_OPTION: OptionHelp = {
  flag: "all",
  type: "boolean",
  description: "Follow pagination and print every item (with --json: as pages arrive)",
};

/** `--version`, at the root only. */
export const VERSION_OPTION: OptionHelp = {
  flag: "version",
  short: "V",
  type: "boolean",
  description: "Print the version",
};
