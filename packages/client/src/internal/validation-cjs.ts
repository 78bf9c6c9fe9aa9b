import type { CallHooks } from "./context.js";
import { type Checks, type ValidatorsPeer, validationHooks } from "./validation-hooks.js";

// The CommonJS build of `@zt-devices/client/validation` (dist/cjs/validation.js), where a
// top-level await cannot load the peer: require does it synchronously instead.
declare const require: (id: string) => unknown;

let peer: ValidatorsPeer;
try {
  peer = require("@zt-devices/validators/operations") as ValidatorsPeer;
} catch (failed) {
  peer = { failed };
}

/** `validation` of `@zt-devices/client/validation`, as CommonJS loads it. */
export function validation(checks: Checks = { request: true, response: true }): CallHooks {
  return validationHooks(peer, checks);
}
