import type { paths } from "@zt-devices/types";
import type { Client } from "openapi-fetch";
import type { ClientOptions } from "./client-options.js";
import { type Context, createContext } from "./internal/context.js";
import { SCOPE_PARAMS } from "./internal/operation.js";
import { toQueryString } from "./internal/query.js";
import { createTransport, type Transport, type TransportInit } from "./internal/transport.js";

type ScopeKey = "account_id" | "zone_id";
type Flat<T> = { [K in keyof T]: T[K] };
type ScopedPath<P> = Flat<Omit<P, ScopeKey> & { [K in Extract<keyof P, ScopeKey>]?: P[K] }>;
// `path` itself becomes optional once only defaulted parameters are left in it.
type ScopedParams<X> = X extends { path: infer P }
  ? Flat<
      Omit<X, "path"> &
        ([Exclude<keyof P, ScopeKey>] extends [never]
          ? { path?: ScopedPath<P> }
          : { path: ScopedPath<P> })
    >
  : X;
type ScopedOperation<O> = O extends { parameters: infer X }
  ? Flat<Omit<O, "parameters"> & { parameters: ScopedParams<X> }>
  : O;

/** The spec's `paths`, with `account_id` and `zone_id` optional since the client fills them in. */
export type ScopedPaths = {
  [P in keyof paths]: {
    [M in keyof paths[P]]: M extends "parameters"
      ? ScopedParams<paths[P][M]>
      : ScopedOperation<paths[P][M]>;
  };
};

/** The typed openapi-fetch client of the whole API, on the same transport as `createClient`. */
export type RawClient = Client<ScopedPaths>;

/**
 * Creates the raw typed client: openapi-fetch's `GET`/`POST`/... by path, for full control over
 * each request and answer (`{ data, error, response }`, nothing thrown for API errors). It shares
 * the resource client's transport, so authentication, retries, timeouts and the `account_id`/
 * `zone_id` defaults behave the same. Kept apart from `createClient` so that programs that only
 * use resource methods do not bundle openapi-fetch.
 *
 * @example
 * ```ts
 * import { createRawClient } from "@zt-devices/client";
 *
 * const raw = createRawClient({ accountId: "699d98642c564d2e855e9661899b7252" });
 * const { data, error, response } = await raw.GET("/accounts/{account_id}/devices/posture");
 * const one = await raw.GET("/accounts/{account_id}/devices/posture/{rule_id}", {
 *   params: { path: { rule_id: "f174e90a-fafe-4643-bbbc-4a0ed4fc8415" } },
 *   timeoutMs: 5_000, // read by the transport, like maxRetries
 * });
 * ```
 */
export function createRawClient(options: ClientOptions = {}): RawClient {
  const ctx = createContext(options);
  const transport = createTransport(ctx.transportOptions);
  // openapi-fetch is loaded on first use, so that importing the package stays cheap for
  // programs that only call resource methods.
  let loaded: Promise<Loose> | undefined;
  const client = () =>
    (loaded ??= import("openapi-fetch").then(
      ({ default: create }) =>
        create<ScopedPaths>({
          baseUrl: ctx.baseUrl,
          fetch: (request) => sendRequest(transport, request),
          querySerializer: (query) => toQueryString(query).slice(1),
        }) as unknown as Loose,
    ));
  // openapi-fetch only runs its path serializer when a call passes path parameters, so the
  // defaults are merged into each call's options instead.
  const raw: Record<string, unknown> = {
    request: async (method: string, url: string, init?: Init) =>
      (await client()).request(method, url, withScope(ctx, method.toUpperCase(), url, init)),
    use: (...middleware: unknown[]) => void client().then((c) => c.use(...middleware)),
    eject: (...middleware: unknown[]) => void client().then((c) => c.eject(...middleware)),
  };
  for (const method of METHODS) {
    raw[method] = async (url: string, init?: Init) =>
      (await client())[method](url, withScope(ctx, method, url, init));
  }
  return raw as unknown as RawClient;
}

// The openapi-fetch client seen without its path-by-path typing, to forward calls to it.
type Loose = Record<"request" | "use" | "eject" | Method, (...args: unknown[]) => Promise<unknown>>;

/**
 * Hands an openapi-fetch `Request` to the transport. The body is read once into a buffer, which
 * every retry sends again intact; the per-call `timeoutMs`/`maxRetries`/`retryWrites`
 * openapi-fetch copies onto the `Request` are passed on.
 */
async function sendRequest(transport: Transport, request: Request): Promise<Response> {
  const { timeoutMs, maxRetries, retryWrites } = request as Request & TransportInit;
  return transport(request.url, {
    method: request.method,
    headers: request.headers,
    body: request.body ? await request.arrayBuffer() : null,
    signal: request.signal,
    timeoutMs,
    maxRetries,
    retryWrites,
  });
}

type Init = { params?: { path?: Record<string, unknown> } } | undefined;

const METHODS = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;
type Method = (typeof METHODS)[number];

function withScope(ctx: Context, method: string, url: string, init: Init): Init {
  const path: Record<string, unknown> = { ...init?.params?.path };
  for (const name in SCOPE_PARAMS) {
    if (path[name] !== undefined || !url.includes(`{${name}}`)) continue;
    const scope = SCOPE_PARAMS[name] as "accountId" | "zoneId";
    if (ctx[scope] === undefined) {
      throw new TypeError(
        `Missing ${name} for ${method} ${url}: pass params.path.${name} or set ${scope} in the client options`,
      );
    }
    path[name] = ctx[scope];
  }
  return { ...init, params: { ...init?.params, path } };
}
