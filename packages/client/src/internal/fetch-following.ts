import { ApiRedirectError } from "../connection-errors.js";
import type { FetchLike } from "./transport.js";

const MAX_REDIRECTS = 5;

/** Whether an answer to a `redirect: "manual"` request is a redirect the client must handle. */
export function isRedirect(response: Response): boolean {
  const { status } = response;
  // A browser's opaque redirect has status 0; reading `type` only then keeps the common case cheap.
  return status === 0 ? response.type === "opaqueredirect" : status > 300 && status < 309;
}

/**
 * Follows the redirects of a request sent with `redirect: "manual"`, within the origin of the
 * request only: fetch would carry `X-Auth-Email`, `X-Auth-Key` (and on a 307 or 308 the body) to
 * any origin, stripping only `Authorization`. A redirect elsewhere, one the runtime hides (a
 * browser's opaque redirect) or a sixth in a row throws `ApiRedirectError`.
 */
export async function followRedirects(
  doFetch: FetchLike,
  first: Response,
  url: string,
  init: RequestInit & { method: string },
  where: () => string,
): Promise<Response> {
  let target = url;
  let request = init;
  let response = first;
  for (let hops = 0; ; hops++) {
    if (hops > 0) response = await doFetch(target, request);
    const { status } = response;
    const refuse = (reason: string) => new ApiRedirectError(init.method, where(), status, reason);
    if (response.type === "opaqueredirect") throw refuse("to a location this runtime hides");
    if (status < 301 || status > 308 || (status > 303 && status < 307)) return response;
    const location = response.headers.get("location");
    if (location === null) return response;
    await response.body?.cancel().catch(() => {});
    const next = URL.canParse(location, target) ? new URL(location, target) : undefined;
    if (next === undefined) throw refuse("to an invalid location");
    if (next.origin !== new URL(target).origin) throw refuse(`to another origin (${next.origin})`);
    if (hops >= MAX_REDIRECTS) throw refuse(`after ${MAX_REDIRECTS} redirects`);
    // As fetch does: a 303, or a 301/302 of a POST, goes on as a GET without a body.
    if (status === 303 || (status < 303 && request.method === "POST")) {
      request = { ...request, method: "GET", body: null };
    }
    target = next.href;
  }
}
