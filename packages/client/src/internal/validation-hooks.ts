import type * as Validators from "@zt-devices/validators/operations";
import type { CallHooks } from "./context.js";
import { SCOPE_PARAMS } from "./operation.js";

/** Which side of each call `validation` checks; both when not given. */
export interface Checks {
  request?: boolean | undefined;
  response?: boolean | undefined;
}

/** `@zt-devices/validators/operations` as loaded, or what its import threw. */
export type ValidatorsPeer = typeof Validators | { failed: unknown };

/**
 * The hooks of `validation(checks)` over the loaded validators. Throws, naming the package and
 * how to install it, when they could not be loaded: at `createClient`, not on a first call.
 */
export function validationHooks(peer: ValidatorsPeer, checks: Checks): CallHooks {
  if ("failed" in peer) {
    throw new Error(
      "validation() needs @zt-devices/validators, an optional peer dependency of @zt-devices/client that could not be loaded; install it: npm install @zt-devices/validators",
      { cause: peer.failed },
    );
  }
  const { ValidationError, validateRequest, validateResponse } = peer;
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
