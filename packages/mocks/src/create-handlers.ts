import { type HttpHandler, HttpResponse, http } from "msw";
import type { Mock, MockResponse } from "./create-mock.js";
import { createOperationHandlers, type OperationHandlers } from "./handlers.gen.js";
import { defaultBaseUrl } from "./routes.gen.js";

/** The msw handlers of the mock: one per operation by operationId, then `unhandled`. */
export type ZtDevicesHandlers = OperationHandlers & {
  /** Answers everything else under the base URL with the API's 404 or 405, never the network. */
  readonly unhandled: HttpHandler;
};

/** Options of `createHandlers`. */
export interface HandlersOptions {
  /** Where the API is mocked. Default `https://api.cloudflare.com/client/v4`. */
  baseUrl?: string;
}

function toResponse(answer: MockResponse): Response {
  if (answer.drop) return HttpResponse.error();
  return new HttpResponse(answer.body, { status: answer.status, headers: answer.headers });
}

/**
 * msw handlers that serve the mock in-process. Each is named from its operationId
 * (`handlers.listPostureRules`), so one can be replaced with `server.use(...)` in a test.
 *
 * @example
 * import { setupServer } from "msw/node";
 * import { createMock } from "@zt-devices/mocks";
 * import { createHandlers } from "@zt-devices/mocks/msw";
 *
 * const mock = createMock({ seed: 1 });
 * const server = setupServer(...Object.values(createHandlers(mock)));
 * server.listen({ onUnhandledRequest: "error" });
 */
export function createHandlers(mock: Mock, options: HandlersOptions = {}): ZtDevicesHandlers {
  const baseUrl = (options.baseUrl ?? defaultBaseUrl).replace(/\/+$/, "");
  const basePath = new URL(baseUrl).pathname.replace(/\/+$/, "");
  const pathOf = (url: URL) => url.pathname.slice(basePath.length) || "/";
  const serve = async (request: Request, url: URL) =>
    toResponse(
      await mock.handle({
        method: request.method,
        path: pathOf(url),
        query: url.searchParams,
        headers: Object.fromEntries(request.headers),
        body: await request.text(),
      }),
    );
  const operations = createOperationHandlers(
    (operationId) =>
      async ({ request }) => {
        const url = new URL(request.url);
        // msw's patterns cannot tell `/policy/exclude` from `/policy/{policy_id}`: our router can.
        if (mock.operationOf(request.method, pathOf(url)) !== operationId) return undefined;
        return (await serve(request, url)) as never;
      },
    baseUrl,
  );
  const unhandled = http.all(`${baseUrl}/*`, ({ request }) => serve(request, new URL(request.url)));
  return { ...operations, unhandled };
}
