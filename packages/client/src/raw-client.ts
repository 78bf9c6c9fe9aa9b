import type { paths } from "@zt-devices/types";
import createOpenApiFetch, { type Client } from "openapi-fetch";
import { type Context, createContext } from "./_context.js";
import { SCOPE_PARAMS } from "./_operation.js";
import { toQueryString } from "./_query.js";
import type { ClientOptions } from "./client-options.js";

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
  const client = createOpenApiFetch<ScopedPaths>({
    baseUrl: ctx.baseUrl,
    fetch: ctx.transport,
    querySerializer: (query) => toQueryString(query).slice(1),
  });
  // openapi-fetch only runs its path serializer when a call passes path parameters, so the
  // defaults are merged into each call's options instead.
  const scoped = client as unknown as Record<string, (url: string, init?: Init) => unknown>;
  for (const method of METHODS) {
    const send = scoped[method] as (url: string, init?: Init) => unknown;
    scoped[method] = (url, init) => {
      try {
        return send(url, withScope(ctx, method, url, init));
      } catch (error) {
        return Promise.reject(error);
      }
    };
  }
  return client;
}

type Init = { params?: { path?: Record<string, unknown> } } | undefined;

const METHODS = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"];

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
