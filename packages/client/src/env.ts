import type { LogLevel } from "./logger.js";

/** The environment variables read for client defaults, as named by the official SDK and wrangler. */
export interface EnvDefaults {
  apiToken?: string;
  apiKey?: string;
  apiEmail?: string;
  accountId?: string;
  baseUrl?: string;
  logLevel?: LogLevel;
}

const NAMES = {
  apiToken: "CLOUDFLARE_API_TOKEN",
  apiKey: "CLOUDFLARE_API_KEY",
  apiEmail: "CLOUDFLARE_EMAIL",
  accountId: "CLOUDFLARE_ACCOUNT_ID",
  baseUrl: "CLOUDFLARE_BASE_URL",
  logLevel: "CLOUDFLARE_LOG",
} as const;

/**
 * Reads client defaults from `CLOUDFLARE_API_TOKEN`, `CLOUDFLARE_API_KEY`, `CLOUDFLARE_EMAIL`,
 * `CLOUDFLARE_ACCOUNT_ID`, `CLOUDFLARE_BASE_URL` and `CLOUDFLARE_LOG`. Runtimes without `process.env` (browsers,
 * Workers without Node compatibility) get no defaults rather than an error. Empty values count as unset.
 *
 * @example
 * ```ts
 * const { accountId } = readEnvDefaults();
 * ```
 */
export function readEnvDefaults(): EnvDefaults {
  // Looked up on globalThis so that no Node typings or imports reach the bundle.
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process
    ?.env;
  const out: EnvDefaults = {};
  if (!env) return out;
  for (const key of Object.keys(NAMES) as (keyof EnvDefaults)[]) {
    const value = env[NAMES[key]]?.trim();
    if (value) out[key] = value as LogLevel;
  }
  return out;
}
