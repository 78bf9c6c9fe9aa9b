import { operationTable } from "@zt-devices/types/operations";
import type { ClientOptions } from "./client-options.js";
import { bindResources } from "./internal/bind.js";
import { type CallHooks, createContext } from "./internal/context.js";
import type { Resources } from "./resources.gen.js";

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
 * await zt.policies.default.excludes.update([{ address: "10.0.0.0/8" }]);
 * for await (const device of zt.physicalDevices.list({ per_page: 50 })) console.log(device.name);
 *
 * // Requests and answers checked against the spec:
 * import { validation } from "@zt-devices/client/validation";
 * const checked = createClient({ validate: validation({ request: true, response: true }) });
 * ```
 */
export function createClient(options: ClientOptions = {}): Client {
  return bindResources(
    operationTable,
    createContext(options, hooksOf(options.validate)),
  ) as unknown as Client;
}

function hooksOf(validate: ClientOptions["validate"]): CallHooks | undefined {
  if (validate === undefined) return undefined;
  const { request, response } = validate as Record<string, unknown>;
  if (typeof request === "function" || typeof response === "function") return validate;
  throw new TypeError(
    'validate takes the checks of `validation({ request: true, response: true })` from "@zt-devices/client/validation", which needs @zt-devices/validators installed',
  );
}
