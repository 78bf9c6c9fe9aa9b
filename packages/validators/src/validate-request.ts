import type { operations } from "@zt-devices/types";
import { checkRequest } from "./_check-request.js";
import { loadOperation } from "./_load-operation.js";
import type { RequestOf } from "./operation-types.js";
import type { RequestParts, ValidateRequestOptions } from "./request-parts.js";
import type { ValidationResult } from "./validator.js";

/**
 * Checks a request to `operationId` — path parameters, query and body — against the spec, loading
 * that operation's validators on first use. Issues point into the request (`/query/per_page`,
 * `/body/name`). See `ValidateRequestOptions.coerce` for parameters in their wire (string) form.
 *
 * @example
 * const result = await validateRequest("listDevices", {
 *   params: { account_id: accountId },
 *   query: { per_page: 50 },
 * });
 * if (result.issues) throw new ValidationError("listDevices request", result.issues);
 */
export async function validateRequest<K extends keyof operations & string>(
  operationId: K,
  request: RequestParts,
  options: ValidateRequestOptions = {},
): Promise<ValidationResult<RequestOf<operations[K]>>> {
  const operation = await loadOperation(operationId);
  return checkRequest(operation, request, options) as ValidationResult<RequestOf<operations[K]>>;
}
