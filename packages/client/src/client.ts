import { bindResources } from "./_bind.js";
import { type CallHooks, createContext } from "./_context.js";
import type { ClientOptions } from "./client-options.js";
import { descriptors, type Resources } from "./resources.gen.js";

/** A client of the Devices API: one method per operation, grouped as in the API reference. */
export type Client = Resources;

/**
 * Creates a client. Credentials, account and base URL default from the environment
 * (`CLOUDFLARE_API_TOKEN`, `CLOUDFLARE_ACCOUNT_ID`, ...); every call retries, times out and
 * throws a typed `CloudflareApiError` on failure. Methods resolve to the envelope's `result`.
 *
 * @example
 * ```ts
 * import { createClient } from "@zt-devices/client";
 *
 * const zt = createClient({ apiToken: process.env.CF_TOKEN, accountId: "699d98642c564d2e855e9661899b7252" });
 * const rules = await zt.posture.list();
 * const rule = await zt.posture.create({ name: "Disk encryption", type: "disk_encryption", input: { requireAll: true } });
 * await zt.policies.default.excludes.set([{ address: "10.0.0.0/8" }]);
 * for await (const device of zt.physicalDevices.list({ per_page: 50 })) console.log(device.name);
 * ```
 */
export function createClient(options: ClientOptions = {}): Client {
  const checks = options.validate;
  return bindResources(
    descriptors,
    createContext(options, checks && lazyHooks(checks)),
  ) as unknown as Client;
}

// A computed specifier: bundlers leave it alone, so programs without `validate` never carry the
// validators (an optional peer dependency); the module loads once, on the first checked call.
const VALIDATION = "@zt-devices/client/validation";

function lazyHooks(checks: NonNullable<ClientOptions["validate"]>): CallHooks {
  let hooks: Promise<Required<CallHooks>> | undefined;
  const load = () => {
    hooks ??= import(/* @vite-ignore */ VALIDATION).then((m: typeof import("./validation.js")) =>
      m.createValidationHooks(checks),
    );
    return hooks;
  };
  return {
    request: async (op, input) => (await load()).request(op, input),
    response: async (op, exchange) => (await load()).response(op, exchange),
  };
}
