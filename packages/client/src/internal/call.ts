import { ApiPromise, type Exchange } from "../api-promise.js";
import type { RequestOptions } from "../client-options.js";
import { PagePromise } from "../page-promise.js";
import { paginate } from "../pagination.js";
import type { Context } from "./context.js";
import { readExchange } from "./envelope.js";
import { type Operation, SCOPE_PARAMS } from "./operation.js";
import { wholeNumber } from "./options.js";
import { toQueryString } from "./query.js";

type Params = Readonly<Record<string, unknown>>;

const JSON_HEADERS = { "content-type": "application/json" };

/**
 * Runs one resource method call. Arguments follow the generated signatures: the positional path
 * parameters, the body if the operation has one, `params` (scope path parameters and query),
 * then per-call `options`. The request starts at once; a paginated list also gets its walk.
 */
export function callOperation(
  ctx: Context,
  op: Operation,
  args: readonly unknown[],
): ApiPromise<unknown> {
  let i = op.positional.length;
  const body = op.body ? args[i++] : undefined;
  const params = (args[i++] ?? {}) as Params;
  const options = (args[i] ?? {}) as RequestOptions;
  const first = send(ctx, op, args, body, params, options);
  const kind = op.pagination;
  if (kind === undefined) return new ApiPromise(first);
  const pages = () =>
    paginate(
      first as Promise<Exchange<unknown[]>>,
      (query) =>
        send(ctx, op, args, body, { ...params, ...query }, options) as Promise<Exchange<unknown[]>>,
      kind,
      params,
      wholeNumber("maxPages", options.maxPages, ctx.maxPages, 1),
    );
  return new PagePromise(first as Promise<Exchange<unknown[]>>, pages);
}

async function send(
  ctx: Context,
  op: Operation,
  args: readonly unknown[],
  body: unknown,
  params: Params,
  options: RequestOptions,
): Promise<Exchange> {
  const { segments } = op;
  // Checked on every call, so that a bad value fails the first page, not a later one.
  if (options.maxPages !== undefined) wholeNumber("maxPages", options.maxPages, 1, 1);
  let url = ctx.baseUrl + segments[0];
  // Collected only for a request hook, so that calls without one allocate nothing more.
  const path: Record<string, string> | undefined = ctx.hooks?.request && {};
  for (let k = 1; k < segments.length; k += 2) {
    const name = segments[k] as string;
    const value = pathValue(ctx, op, args, params, name);
    if (path) path[name] = value;
    url += encodeURIComponent(value) + segments[k + 1];
  }
  url += toQueryString(params);
  if (path) await ctx.hooks?.request?.(op, { body, url, path, params });
  const { response, text } = await ctx.send(url, {
    method: op.method,
    headers: op.body ? { ...JSON_HEADERS, ...options.headers } : options.headers,
    body: body === undefined ? null : JSON.stringify(body),
    signal: options.signal,
    timeoutMs: options.timeoutMs,
    maxRetries: options.maxRetries,
    retryWrites: options.retryWrites,
    path: op.path,
  });
  const exchange = readExchange(response, text, op, op.envelope, ctx.redact);
  await ctx.hooks?.response?.(op, exchange);
  return exchange;
}

function pathValue(
  ctx: Context,
  op: Operation,
  args: readonly unknown[],
  params: Params,
  name: string,
): string {
  const scope = SCOPE_PARAMS[name];
  const index = op.positional.indexOf(name);
  const value = scope ? (params[name] ?? ctx[scope]) : args[index];
  // "" drops the segment, and URLs read "." and ".." as dot segments: each would be another route.
  if (
    typeof value === "number" ||
    (typeof value === "string" && value !== "" && value !== "." && value !== "..")
  )
    return String(value);
  const where = `${op.name} (${op.method} ${op.path})`;
  if (value === "." || value === "..") {
    const which = scope ? name : `${name} (argument ${index + 1})`;
    throw new TypeError(`${which} of ${where}: "${value}" is not a path segment`);
  }
  if (scope) {
    throw new TypeError(
      `Missing ${name} for ${where}: pass it in params or set ${scope} on the client`,
    );
  }
  if (value === undefined || value === "") {
    throw new TypeError(`Missing ${name} (argument ${index + 1}) of ${where}`);
  }
  throw new TypeError(
    `${name} (argument ${index + 1}) of ${where} must be a string; got ${typeof value}`,
  );
}
