import { ApiAbortError, ApiConnectionError, ApiTimeoutError } from "./connection-errors.js";
import { defaultRetryPolicy, isRetryableStatus, type RetryPolicy, retryDelay } from "./retry.js";
import { retryAfterMs } from "./retry-after.js";
import { sleep, startAttempt } from "./timeout.js";

/** Per-call settings a transport reads besides the standard `RequestInit`. */
export interface TransportInit extends RequestInit {
  /** Limit for each attempt to get an answer, in ms. */
  timeoutMs?: number | undefined;
  /** Retries after the first attempt. */
  maxRetries?: number | undefined;
  /** Path template named in errors, e.g. `/accounts/{account_id}/devices/posture`. */
  path?: string | undefined;
}

/** The part of `fetch` a transport calls: global `fetch` fits, and so does a test stub. */
export type FetchLike = (input: string | Request, init?: RequestInit) => Promise<Response>;

/** A `fetch` with authentication, retries and timeouts; the one function every call goes through. */
export type Transport = (input: string | Request, init?: TransportInit) => Promise<Response>;

/** What a transport is built from. */
export interface TransportOptions {
  /** The underlying `fetch`; `globalThis.fetch` at call time when absent. */
  fetch?: FetchLike | undefined;
  /** Headers on every request (authentication, extra headers), lower-case names. */
  headers: Readonly<Record<string, string>>;
  timeoutMs: number;
  maxRetries: number;
  /** Prefix cut from URLs to name the path in errors when the call gives no `path`. */
  baseUrl?: string;
  retryPolicy?: RetryPolicy;
}

/**
 * Builds the transport shared by the resource methods and the raw client. It adds the client's
 * headers (a header the call sets wins), gives each attempt its own timeout signal tied to the
 * caller's `signal`, and retries connection failures, timeouts, 408, 409, 429 and 5xx with backoff
 * and `Retry-After`. A `Request` input is cloned per attempt so that its body replays intact.
 * Answers are returned whatever their status once retries are spent; deciding what is an error is
 * left to the layer above.
 *
 * @example
 * ```ts
 * const transport = createTransport({ headers: { authorization: `Bearer ${token}` }, timeoutMs: 60_000, maxRetries: 2 });
 * const response = await transport("https://api.cloudflare.com/client/v4/user/tokens/verify");
 * ```
 */
export function createTransport(options: TransportOptions): Transport {
  const base = options.headers;
  const policy = options.retryPolicy ?? defaultRetryPolicy;
  return async function transport(input, init = {}) {
    const { timeoutMs = options.timeoutMs, maxRetries = options.maxRetries, path, ...rest } = init;
    const request = typeof input === "string" ? undefined : input;
    const extra = request as (Request & TransportInit) | undefined;
    const method = init.method ?? request?.method ?? "GET";
    const caller = init.signal ?? request?.signal;
    const retries = request ? (extra?.maxRetries ?? maxRetries) : maxRetries;
    const limit = request ? (extra?.timeoutMs ?? timeoutMs) : timeoutMs;
    const headers = request ? requestHeaders(request, base) : mergeHeaders(base, init.headers);
    const where = () => path ?? pathOf(request?.url ?? (input as string), options.baseUrl);
    const aborted = () => new ApiAbortError(method, where(), caller?.reason);
    const doFetch: FetchLike = options.fetch ?? globalThis.fetch;

    for (let retry = 0; ; retry++) {
      if (caller?.aborted) throw aborted();
      const attempt = startAttempt(limit, caller);
      let response: Response;
      try {
        response = await (request
          ? doFetch(new Request(request.clone(), { headers, signal: attempt.signal }))
          : doFetch(input as string, { ...rest, headers, signal: attempt.signal }));
      } catch (cause) {
        attempt.release();
        if (caller?.aborted) throw aborted();
        const failure = attempt.timedOut
          ? new ApiTimeoutError(method, where(), limit)
          : new ApiConnectionError(method, where(), { cause });
        if (retry >= retries) throw failure;
        await sleep(retryDelay(retry, undefined, policy), caller, aborted);
        continue;
      }
      attempt.release();
      if (retry >= retries || !isRetryableStatus(response.status)) return response;
      const wait = retryDelay(retry, retryAfterMs(response.headers), policy);
      // Free the connection of the answer being thrown away.
      await response.body?.cancel().catch(() => {});
      await sleep(wait, caller, aborted);
    }
  };
}

function mergeHeaders(
  base: Readonly<Record<string, string>>,
  extra: HeadersInit | undefined,
): Record<string, string> | Readonly<Record<string, string>> {
  if (extra === undefined) return base;
  const out: Record<string, string> = { ...base };
  // Lower-cased so that a caller's "Authorization" replaces ours instead of joining it.
  if (extra instanceof Headers || Array.isArray(extra)) {
    new Headers(extra).forEach((value, name) => {
      out[name] = value;
    });
  } else {
    for (const name in extra) out[name.toLowerCase()] = extra[name] as string;
  }
  return out;
}

function requestHeaders(request: Request, base: Readonly<Record<string, string>>): Headers {
  const headers = new Headers(request.headers);
  for (const name in base) if (!headers.has(name)) headers.set(name, base[name] as string);
  return headers;
}

function pathOf(url: string, baseUrl: string | undefined): string {
  if (baseUrl && url.startsWith(baseUrl)) return url.slice(baseUrl.length).split("?")[0] || "/";
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}
