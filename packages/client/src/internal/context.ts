import type { Exchange } from "../api-promise.js";
import type { ClientOptions } from "../client-options.js";
import { readEnvDefaults } from "../env.js";
import { levelled } from "../logger.js";
import { VERSION } from "../version.js";
import type { Operation } from "./operation.js";
import { wholeNumber } from "./options.js";
import { createSender, type Sender, type TransportOptions } from "./transport.js";

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
      /** Every path parameter as sent (scope ones included), before encoding. */
      path: Readonly<Record<string, string>>;
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
  /** What the transport is built from; the raw client builds its own from it. */
  readonly transportOptions: TransportOptions;
  /** The transport of the resource methods, answering with the body read. */
  readonly send: Sender;
  /** Replaces every credential of the client found in a text the server sent. */
  readonly redact: (text: string) => string;
  readonly maxPages: number;
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
  const headers: Record<string, string> = { "user-agent": `zt-devices/${VERSION}` };
  for (const name in options.headers) headers[name.toLowerCase()] = options.headers[name] as string;
  const auth = authHeaders(options, env);
  Object.assign(headers, auth);
  const transportOptions: TransportOptions = {
    fetch: options.fetch,
    headers,
    timeoutMs: wholeNumber("timeoutMs", options.timeoutMs, 60_000),
    maxRetries: wholeNumber("maxRetries", options.maxRetries, 2),
    retryWrites: options.retryWrites,
    fetchOptions: options.fetchOptions,
    log: levelled(options.logger ?? console, options.logLevel ?? env.logLevel ?? "warn"),
    baseUrl,
  };
  return {
    baseUrl,
    accountId: options.accountId ?? env.accountId,
    zoneId: options.zoneId,
    transportOptions,
    send: createSender(transportOptions),
    redact: redactor(Object.values(auth).map((v) => v.replace(/^Bearer /, ""))),
    maxPages: wholeNumber("maxPages", options.maxPages, 10_000, 1),
    hooks,
  };
}

function redactor(secrets: string[]): (text: string) => string {
  return (text) => {
    for (const secret of secrets) text = text.split(secret).join("[redacted]");
    return text;
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
