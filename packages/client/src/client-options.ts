import type { CallHooks } from "./internal/context.js";
import type { FetchLike } from "./internal/transport.js";
import type { Logger, LogLevel } from "./logger.js";

/**
 * Settings of a client. Every field is optional: credentials, account and base URL default from
 * `CLOUDFLARE_API_TOKEN`, `CLOUDFLARE_API_KEY` + `CLOUDFLARE_EMAIL`, `CLOUDFLARE_ACCOUNT_ID` and
 * `CLOUDFLARE_BASE_URL` where `process.env` exists. Options given here win over the environment.
 */
export interface ClientOptions {
  /** API token, sent as `Authorization: Bearer`. Preferred over a global API key. */
  apiToken?: string | undefined;
  /** Email of the account whose global API key is `apiKey`. */
  apiEmail?: string | undefined;
  /** Global API key; needs `apiEmail`. */
  apiKey?: string | undefined;
  /** Account used by every call that does not pass `account_id`. */
  accountId?: string | undefined;
  /** Zone used by every call that does not pass `zone_id`. */
  zoneId?: string | undefined;
  /** Default `https://api.cloudflare.com/client/v4`. */
  baseUrl?: string | undefined;
  /** The `fetch` to send requests with; `globalThis.fetch` by default. */
  fetch?: FetchLike | undefined;
  /** Other `fetch` options for every request (`cache`, `keepalive`, a `dispatcher`...). */
  fetchOptions?:
    | Omit<RequestInit, "method" | "headers" | "body" | "signal" | "redirect">
    | undefined;
  /** Limit for each attempt, from sending to the last byte of the answer, in whole ms; 0 for none. Default 60 000. */
  timeoutMs?: number | undefined;
  /** Retries after a failed first attempt. Default 2. */
  maxRetries?: number | undefined;
  /**
   * Retry POST, PATCH and DELETE like GET and PUT, even when the server may have applied them
   * (a timeout, a reset, a 5xx). Default false: they are retried only when they cannot have been
   * applied (connection refused, or a 429 or 503 with `Retry-After`).
   */
  retryWrites?: boolean | undefined;
  /** Most pages a list walks through before it stops. Default 10 000. */
  maxPages?: number | undefined;
  /** Headers added to every request; `User-Agent` defaults to `zt-devices/<version>`. */
  headers?: Readonly<Record<string, string>> | undefined;
  /** Where log lines go. Default `console`. */
  logger?: Logger | undefined;
  /** How much to log. Default `CLOUDFLARE_LOG` from the environment, else `warn`. */
  logLevel?: LogLevel | undefined;
  /**
   * Checks requests before they are sent and answers before they are returned, against the spec:
   * `validation({ request: true, response: true })` from `@zt-devices/client/validation` (which
   * needs `@zt-devices/validators`, an optional peer dependency). A request that fails is never
   * sent; either failure throws a `ValidationError` naming the operation and the JSON pointer of
   * every issue.
   */
  validate?: CallHooks | undefined;
}

/** Settings of one call, given as the last argument of any resource method. */
export interface RequestOptions {
  /** Aborts the call, its retries and its backoff. */
  signal?: AbortSignal | undefined;
  /** Overrides the client's `timeoutMs` for this call. */
  timeoutMs?: number | undefined;
  /** Overrides the client's `maxRetries` for this call. */
  maxRetries?: number | undefined;
  /** Overrides the client's `retryWrites` for this call. */
  retryWrites?: boolean | undefined;
  /** Overrides the client's `maxPages` for this list. */
  maxPages?: number | undefined;
  /** Headers added to this call; they win over the client's. */
  headers?: Readonly<Record<string, string>> | undefined;
}
