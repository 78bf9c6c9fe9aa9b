import type { Operation } from "./_operation.js";
import type { Exchange } from "./api-promise.js";
import type { ClientOptions } from "./client-options.js";
import { readEnvDefaults } from "./env.js";
import { createTransport, type Transport } from "./transport.js";

/**
 * Checks run around every resource call. This is where opt-in request and response validation
 * plugs in; either hook throws to refuse the call or the answer.
 */
export interface CallHooks {
  request?(
    operation: Operation,
    input: {
      body: unknown;
      /** The URL the request goes to, path parameters filled in. */
      url: string;
      /** Query parameters and scope path parameters, as the call passed them. */
      params: Readonly<Record<string, unknown>>;
    },
  ): void | Promise<void>;
  response?(operation: Operation, exchange: Exchange): void | Promise<void>;
}

/** Everything a resource call needs from its client, resolved once. */
export interface Context {
  readonly baseUrl: string;
  readonly accountId: string | undefined;
  readonly zoneId: string | undefined;
  readonly transport: Transport;
  readonly hooks?: CallHooks | undefined;
}

const DEFAULT_BASE_URL = "https://api.cloudflare.com/client/v4";

/** Resolves client options against the environment and builds the shared transport. */
export function createContext(options: ClientOptions, hooks?: CallHooks): Context {
  const env = readEnvDefaults();
  const baseUrl = (options.baseUrl ?? env.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, "");
  if (!/^https?:\/\/[^/]/.test(baseUrl)) {
    throw new TypeError(`baseUrl must be an http(s) URL; got "${baseUrl}"`);
  }
  const timeoutMs = count("timeoutMs", options.timeoutMs, 60_000);
  const maxRetries = count("maxRetries", options.maxRetries, 2);
  if (!Number.isInteger(maxRetries))
    throw new TypeError(`maxRetries must be an integer; got ${maxRetries}`);
  const headers: Record<string, string> = {};
  for (const name in options.headers) headers[name.toLowerCase()] = options.headers[name] as string;
  Object.assign(headers, authHeaders(options, env));
  const transport = createTransport({
    fetch: options.fetch,
    headers,
    timeoutMs,
    maxRetries,
    baseUrl,
  });
  return {
    baseUrl,
    accountId: options.accountId ?? env.accountId,
    zoneId: options.zoneId,
    transport,
    hooks,
  };
}

function authHeaders(options: ClientOptions, env: ClientOptions): Record<string, string> {
  const explicit = options.apiToken || options.apiKey || options.apiEmail;
  const token = explicit ? options.apiToken : env.apiToken;
  if (token) return { authorization: `Bearer ${credential("apiToken", token)}` };
  const key = options.apiKey ?? env.apiKey;
  const email = options.apiEmail ?? env.apiEmail;
  if (key && email) {
    return {
      "x-auth-email": credential("apiEmail", email),
      "x-auth-key": credential("apiKey", key),
    };
  }
  if (key) throw new TypeError("apiKey needs apiEmail (or CLOUDFLARE_EMAIL)");
  if (email) throw new TypeError("apiEmail needs apiKey (or CLOUDFLARE_API_KEY)");
  throw new TypeError(
    "No credentials: pass apiToken (or apiEmail and apiKey) to createClient, or set CLOUDFLARE_API_TOKEN",
  );
}

// Checked here because fetch quotes a bad header value in its error message.
function credential(name: string, value: string): string {
  if (/[^\x21-\x7e]/.test(value)) {
    throw new TypeError(`${name} contains characters a header cannot carry`);
  }
  return value;
}

function count(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!(Number.isSafeInteger(value) && value >= 0)) {
    throw new TypeError(`${name} must be a whole number >= 0; got ${String(value)}`);
  }
  return value;
}
