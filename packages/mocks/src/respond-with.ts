import type { operations } from "@zt-devices/types";
import { type HttpHandler, HttpResponse, http } from "msw";
import type { OperationId } from "./_operation-id.js";
import type { SuccessBodyOf } from "./_route.js";
import { defaultBaseUrl, routes } from "./routes.gen.js";

export type { OperationId };

/** Options of `respondWith`. */
export interface RespondOptions {
  /** Default 200. */
  status?: number;
  /** Where the API is mocked. Default `https://api.cloudflare.com/client/v4`. */
  baseUrl?: string;
}

/**
 * An msw handler that answers one operation with a fixed body, typed as that operation's 200
 * answer: for the test that needs the API to say something the fake would not.
 *
 * @example
 * api.server.use(
 *   respondWith("listPostureRules", { success: true, errors: [], messages: [], result: [] }),
 * );
 */
export function respondWith<Id extends OperationId>(
  operationId: Id,
  body: SuccessBodyOf<operations[Id]> | ((request: Request) => SuccessBodyOf<operations[Id]>),
  options: RespondOptions = {},
): HttpHandler {
  const route = routes[operationId];
  const baseUrl = (options.baseUrl ?? defaultBaseUrl).replace(/\/+$/, "");
  const path = `${baseUrl}${route.path.replace(/\{([^}]+)\}/g, ":$1")}`;
  const method = route.method.toLowerCase() as Lowercase<typeof route.method>;
  return http[method](path, ({ request }) => {
    const value =
      typeof body === "function" ? (body as (request: Request) => unknown)(request) : body;
    return HttpResponse.json(value as never, { status: options.status ?? 200 });
  });
}
