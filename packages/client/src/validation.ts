import {
  ValidationError,
  validateRequest,
  validateResponse,
} from "@zt-devices/validators/operations";
import type { CallHooks } from "./internal/context.js";
import { SCOPE_PARAMS } from "./internal/operation.js";

/** Which side of each call `validation` checks; both when not given. */
export interface Checks {
  request?: boolean | undefined;
  response?: boolean | undefined;
}

/**
 * The checks to pass as `createClient({ validate })`: each request is checked against the spec
 * before it is sent (a request that fails is never sent), each answer before it is returned;
 * either failure throws a `ValidationError` naming the operation and the JSON pointer of every
 * issue. A separate entry, imported statically: programs that do not import it neither load nor
 * bundle `@zt-devices/validators`, and programs that do bundle it for any runtime.
 *
 * @example
 * ```ts
 * import { createClient } from "@zt-devices/client";
 * import { validation } from "@zt-devices/client/validation";
 *
 * const zt = createClient({ validate: validation({ request: true, response: true }) });
 * ```
 */
export function validation(checks: Checks = { request: true, response: true }): CallHooks {
  const hooks: CallHooks = {};
  if (checks.request) {
    hooks.request = async ({ id }, { body, path, params }) => {
      const query: Record<string, unknown> = {};
      for (const key in params) if (!(key in SCOPE_PARAMS)) query[key] = params[key];
      const result = await validateRequest(id as never, { params: path, query, body });
      if (result.issues) throw new ValidationError(`${id} request`, result.issues);
    };
  }
  if (checks.response) {
    hooks.response = async ({ id }, exchange) => {
      const result = await validateResponse(
        id as never,
        exchange.response.status,
        exchange.envelope,
      );
      if (result.issues) throw new ValidationError(`${id} response`, result.issues);
    };
  }
  return hooks;
}
