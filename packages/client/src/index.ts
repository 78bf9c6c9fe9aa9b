export type { Exchange } from "./api-promise.js";
export { ApiPromise } from "./api-promise.js";
export { type Client, createClient } from "./client.js";
export type { ClientOptions, RequestOptions } from "./client-options.js";
export {
  ApiAbortError,
  ApiConnectionError,
  ApiRedirectError,
  ApiTimeoutError,
} from "./connection-errors.js";
export {
  type ApiErrorInit,
  type ApiMessage,
  AuthenticationError,
  BadRequestError,
  CloudflareApiError,
  ConflictError,
  createApiError,
  InternalServerError,
  InvalidResponseError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from "./errors.js";
export type { CallHooks } from "./internal/context.js";
export {
  createTransport,
  type FetchLike,
  type Transport,
  type TransportInit,
  type TransportOptions,
} from "./internal/transport.js";
export type { Logger, LogLevel } from "./logger.js";
export type {
  BareCall,
  Body,
  Call,
  Item,
  ListCall,
  Params,
  PathParam,
  Result,
  SuccessBody,
} from "./operation-types.js";
export { PagePromise } from "./page-promise.js";
export type { Page, PaginationKind } from "./pagination.js";
export { createRawClient, type RawClient, type ScopedPaths } from "./raw-client.js";
export type { Resources } from "./resources.gen.js";
