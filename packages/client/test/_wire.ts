import type { FetchLike } from "../src/internal/transport.js";

/** A request as it would go on the wire, read back from what the client handed to `fetch`. */
export interface WireRequest {
  method: string;
  /** Path without the base URL's `/client/v4`, e.g. `/accounts/acc/devices/posture`. */
  path: string;
  /** Raw query string without `?`, exactly as sent. */
  query: string;
  headers: Record<string, string>;
  /** The parsed JSON body, or `undefined` when there is none. */
  body: unknown;
  signal: AbortSignal;
}

type Reply = (request: WireRequest, attempt: number) => Response | Promise<Response>;

export const BASE_URL = "https://api.cloudflare.com/client/v4";

/**
 * A `fetch` that records every request and answers with `reply` (given the request and its
 * 1-based number). Requests are rebuilt with `new Request` so headers and bodies are normalised
 * the way a real `fetch` would send them.
 */
export function wire(reply: Reply): { fetch: FetchLike; requests: WireRequest[] } {
  const requests: WireRequest[] = [];
  const fetch: FetchLike = async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const text = await request.text();
    const recorded: WireRequest = {
      method: request.method,
      path: url.pathname.replace(/^\/client\/v4/, ""),
      query: url.search.replace(/^\?/, ""),
      headers: Object.fromEntries(request.headers),
      body: text === "" ? undefined : JSON.parse(text),
      signal: request.signal,
    };
    requests.push(recorded);
    return reply(recorded, requests.length);
  };
  return { fetch, requests };
}

/** A JSON answer. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });
}

/** A successful envelope around `result`, with optional `result_info`. */
export function ok(result: unknown, resultInfo?: Record<string, unknown>): Response {
  return json({
    success: true,
    errors: [],
    messages: [],
    result,
    ...(resultInfo && { result_info: resultInfo }),
  });
}

/** A failed envelope with one error. */
export function failure(status: number, code: number, message: string, headers = {}): Response {
  return json(
    { success: false, errors: [{ code, message }], messages: [], result: null },
    status,
    headers,
  );
}

/** A `fetch` that never answers, and rejects like a real one when its signal aborts. */
export const hangingFetch: FetchLike = (input, init) =>
  new Promise((_, reject) => {
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    signal?.addEventListener("abort", () => reject(signal.reason), { once: true });
  });
