import { ApiAbortError, ApiConnectionError, ApiTimeoutError } from "../connection-errors.js";
import type { Log } from "../logger.js";
import { followRedirects, isRedirect } from "./fetch-following.js";
import { wholeNumber } from "./options.js";
import { isRetryableStatus, retryDelay } from "./retry.js";
import { retryAfterMs } from "./retry-after.js";
import { type Attempt, sleep, startAttempt } from "./timeout.js";
import { isUnapplied } from "./unapplied.js";

/**
 * What a transport call takes: of the standard `RequestInit`, `method`, `headers`, `body` and
 * `signal` reach `fetch` (an API client needs no other), plus the transport's own settings.
 */
export interface TransportInit {
  method?: string | undefined;
  headers?: HeadersInit | undefined;
  body?: BodyInit | null | undefined;
  signal?: AbortSignal | null | undefined;
  /** Limit for each attempt, answer and body, in whole ms; 0 for none. */
  timeoutMs?: number | undefined;
  /** Retries after the first attempt. */
  maxRetries?: number | undefined;
  /** Retry a POST, PATCH or DELETE even when the server may have applied it. */
  retryWrites?: boolean | undefined;
  /** Path template named in errors, e.g. `/accounts/{account_id}/devices/posture`. */
  path?: string | undefined;
}

/** The part of `fetch` a transport calls: global `fetch` fits, and so does a test stub. */
export type FetchLike = (input: string | Request, init?: RequestInit) => Promise<Response>;

/** A `fetch` of URL strings with authentication, retries and timeouts; every call goes through one. */
export type Transport = (url: string, init?: TransportInit) => Promise<Response>;

/** An answer and its whole body, read within the attempt's deadline. */
export interface Answer {
  response: Response;
  text: string;
}

/** The transport as the resource methods use it: the body comes back read, as text. */
export type Sender = (url: string, init: TransportInit) => Promise<Answer>;

/** What a transport is built from. */
export interface TransportOptions {
  /** The underlying `fetch`; `globalThis.fetch` at call time when absent. */
  fetch?: FetchLike | undefined;
  /** Headers on every request (authentication, extra headers), lower-case names. */
  headers: Readonly<Record<string, string>>;
  timeoutMs: number;
  maxRetries: number;
  /** Retry writes even when the server may have applied them. Default false. */
  retryWrites?: boolean | undefined;
  /** Other `fetch` options for every request (`cache`, `keepalive`, a `dispatcher`...). */
  fetchOptions?: RequestInit | undefined;
  log?: Log | undefined;
  /** Prefix cut from URLs to name the path in errors when the call gives no `path`. */
  baseUrl?: string;
}

// Methods that change nothing, or that leave the same state however often they are sent.
const IDEMPOTENT: Readonly<Record<string, 1>> = { GET: 1, HEAD: 1, OPTIONS: 1, PUT: 1 };

/**
 * Builds the transport shared by the resource methods and the raw client. It adds the client's
 * headers (a header the call sets wins), gives each attempt one deadline over the whole exchange,
 * body included, tied to the caller's `signal`, follows redirects within the origin only, and
 * retries with backoff and `Retry-After`: GET, HEAD, OPTIONS and PUT on connection failures,
 * timeouts, 408, 409, 429 and 5xx; POST, PATCH and DELETE only when they cannot have been applied
 * (connection refused, or a 429 or 503 with `Retry-After`) unless `retryWrites` is set. Answers are
 * returned whatever their status once retries are spent.
 *
 * @example
 * ```ts
 * const transport = createTransport({ headers: { authorization: `Bearer ${token}` }, timeoutMs: 60_000, maxRetries: 2 });
 * const response = await transport("https://api.cloudflare.com/client/v4/user/tokens/verify");
 * ```
 */
export function createTransport(options: TransportOptions): Transport {
  const send = createSender(options);
  return async (url, init = {}) => {
    const { response, text } = await send(url, init);
    const { status, statusText, headers } = response;
    const empty = status === 204 || status === 205 || status === 304;
    return new Response(empty ? null : text, { status, statusText, headers });
  };
}

/** Builds the transport of `createTransport`, answering with the body already read. */
export function createSender(options: TransportOptions): Sender {
  const { log } = options;
  return async function send(url, init) {
    const { method = "GET" } = init;
    const timeoutMs = wholeNumber("timeoutMs", init.timeoutMs, options.timeoutMs);
    const maxRetries = wholeNumber("maxRetries", init.maxRetries, options.maxRetries);
    const rewritable = IDEMPOTENT[method] === 1 || (init.retryWrites ?? options.retryWrites);
    const caller = init.signal;
    const headers = mergeHeaders(options.headers, init.headers);
    const where = () => init.path ?? pathOf(url, options.baseUrl);
    const aborted = () => new ApiAbortError(method, where(), caller?.reason);
    const doFetch: FetchLike = options.fetch ?? globalThis.fetch;
    const body = init.body ?? null;
    const request: RequestInit & { method: string } = options.fetchOptions
      ? { ...options.fetchOptions, method, headers, body, redirect: "manual" }
      : { method, headers, body, redirect: "manual" };

    for (let retry = 0; ; retry++) {
      if (caller?.aborted) throw aborted();
      const started = log?.debug && Date.now();
      const attempt: Attempt = startAttempt(timeoutMs, caller);
      let failure: Error;
      let unapplied = false;
      try {
        request.signal = attempt.signal;
        let response = await doFetch(url, request);
        if (isRedirect(response))
          response = await followRedirects(doFetch, response, url, request, where);
        const { status } = response;
        const wait = status < 400 ? undefined : retryAfterMs(response.headers);
        const again = rewritable
          ? isRetryableStatus(status)
          : (status === 429 || status === 503) && wait !== undefined;
        if (retry < maxRetries && again) {
          attempt.release();
          // Free the connection of the answer being thrown away.
          await response.body?.cancel().catch(() => {});
          const delay = retryDelay(retry, wait);
          log?.info?.(`Retrying ${method} ${where()} after ${status} in ${Math.round(delay)} ms`);
          await sleep(delay, caller, aborted);
          continue;
        }
        // The attempt's signal, given to fetch, also stops a body that stalls after the headers.
        const text = await response.text();
        attempt.release();
        log?.debug?.(`${method} ${url} ${status} in ${Date.now() - (started as number)} ms`);
        return { response, text };
      } catch (cause) {
        attempt.release();
        if (caller?.aborted) throw aborted();
        if (!(cause instanceof Error) || cause.name === "ApiRedirectError") throw cause;
        failure = attempt.timedOut
          ? new ApiTimeoutError(method, where(), timeoutMs)
          : new ApiConnectionError(method, where(), { cause });
        unapplied = !attempt.timedOut && isUnapplied(cause);
      }
      if (retry >= maxRetries) throw failure;
      if (!(rewritable || unapplied)) {
        log?.warn?.(`Not retrying ${method} ${where()}: the server may have applied it`);
        throw failure;
      }
      const delay = retryDelay(retry, undefined);
      log?.info?.(`Retrying ${method} ${where()} after ${failure.name} in ${Math.round(delay)} ms`);
      await sleep(delay, caller, aborted);
    }
  };
}

function mergeHeaders(
  base: Readonly<Record<string, string>>,
  extra: HeadersInit | undefined,
): Record<string, string> | Readonly<Record<string, string>> {
  if (extra === undefined) return base;
  const out: Record<string, string> = { ...base };
  // Headers lower-cases names, so a caller's "Authorization" replaces ours instead of joining it.
  (extra instanceof Headers ? extra : new Headers(extra)).forEach((value, name) => {
    out[name] = value;
  });
  return out;
}

function pathOf(url: string, baseUrl = ""): string {
  return (url.startsWith(baseUrl) ? url.slice(baseUrl.length) : url).split("?")[0] || "/";
}
