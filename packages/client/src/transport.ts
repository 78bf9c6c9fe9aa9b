import { ApiAbortError, ApiConnectionError, ApiTimeoutError } from "./connection-errors.js";
import { isRetryableStatus, retryDelay } from "./retry.js";
import { retryAfterMs } from "./retry-after.js";
import { sleep, startAttempt } from "./timeout.js";

/**
 * What a transport call takes: of the standard `RequestInit`, `method`, `headers`, `body` and
 * `signal` reach `fetch` (an API client needs no other), plus the transport's own settings.
 */
export interface TransportInit {
  method?: string | undefined;
  headers?: HeadersInit | undefined;
  body?: BodyInit | null | undefined;
  signal?: AbortSignal | null | undefined;
  /** Limit for each attempt to get an answer, in ms. */
  timeoutMs?: number | undefined;
  /** Retries after the first attempt. */
  maxRetries?: number | undefined;
  /** Path template named in errors, e.g. `/accounts/{account_id}/devices/posture`. */
  path?: string | undefined;
}

/** The part of `fetch` a transport calls: global `fetch` fits, and so does a test stub. */
export type FetchLike = (input: string | Request, init?: RequestInit) => Promise<Response>;

/** A `fetch` of URL strings with authentication, retries and timeouts; every call goes through one. */
export type Transport = (url: string, init?: TransportInit) => Promise<Response>;

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
}

/**
 * Builds the transport shared by the resource methods and the raw client. It adds the client's
 * headers (a header the call sets wins), gives each attempt its own timeout signal tied to the
 * caller's `signal`, and retries connection failures, timeouts, 408, 409, 429 and 5xx with backoff
 * and `Retry-After`, sending the same body each time (so bodies must be replayable: strings,
 * buffers). Answers are returned whatever their status once retries are spent; deciding what is
 * an error is left to the layer above.
 *
 * @example
 * ```ts
 * const transport = createTransport({ headers: { authorization: `Bearer ${token}` }, timeoutMs: 60_000, maxRetries: 2 });
 * const response = await transport("https://api.cloudflare.com/client/v4/user/tokens/verify");
 * ```
 */
export function createTransport(options: TransportOptions): Transport {
  return async function transport(url, init = {}) {
    // Plain destructuring: an object rest here would cost more than the rest of the transport.
    const { method = "GET", timeoutMs = options.timeoutMs, maxRetries = options.maxRetries } = init;
    const caller = init.signal;
    const headers = mergeHeaders(options.headers, init.headers);
    const where = () => init.path ?? pathOf(url, options.baseUrl);
    const aborted = () => new ApiAbortError(method, where(), caller?.reason);
    const doFetch: FetchLike = options.fetch ?? globalThis.fetch;

    for (let retry = 0; ; retry++) {
      if (caller?.aborted) throw aborted();
      const attempt = startAttempt(timeoutMs, caller);
      let response: Response;
      try {
        response = await doFetch(url, {
          method,
          headers,
          body: init.body ?? null,
          signal: attempt.signal,
        });
      } catch (cause) {
        attempt.release();
        if (caller?.aborted) throw aborted();
        const failure = attempt.timedOut
          ? new ApiTimeoutError(method, where(), timeoutMs)
          : new ApiConnectionError(method, where(), { cause });
        if (retry >= maxRetries) throw failure;
        await sleep(retryDelay(retry, undefined), caller, aborted);
        continue;
      }
      attempt.release();
      if (retry >= maxRetries || !isRetryableStatus(response.status)) return response;
      const wait = retryDelay(retry, retryAfterMs(response.headers));
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
  // Headers lower-cases names, so a caller's "Authorization" replaces ours instead of joining it.
  (extra instanceof Headers ? extra : new Headers(extra)).forEach((value, name) => {
    out[name] = value;
  });
  return out;
}

function pathOf(url: string, baseUrl = ""): string {
  return (url.startsWith(baseUrl) ? url.slice(baseUrl.length) : url).split("?")[0] || "/";
}
