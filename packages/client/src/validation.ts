import type { CallHooks } from "./internal/context.js";
import { type Checks, type ValidatorsPeer, validationHooks } from "./internal/validation-hooks.js";

export type { Checks } from "./internal/validation-hooks.js";

// Loaded at import, so that a missing peer is known when createClient runs; the specifier is a
// literal, so bundlers include the validators for any runtime. The CommonJS build loads them
// with require (internal/validation-cjs.ts).
const peer: ValidatorsPeer = await import("@zt-devices/validators/operations").catch(
  (failed: unknown) => ({ failed }),
);

/**
 * The checks to pass as `createClient({ validate })`: each request is checked against the spec
 * before it is sent (a request that fails is never sent), each answer before it is returned;
 * either failure throws a `ValidationError` naming the operation and the JSON pointer of every
 * issue. A separate entry, imported statically: programs that do not import it neither load nor
 * bundle `@zt-devices/validators`, and programs that do bundle it for any runtime. Without that
 * peer installed, `validation()` throws an error saying how to install it.
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
  return validationHooks(peer, checks);
}
