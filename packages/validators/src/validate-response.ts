import type { operations } from "@zt-devices/types";
import { responseValidator } from "./_check-request.js";
import { loadOperation } from "./_load-operation.js";
import type { ValidationResult } from "./validator.js";

/**
 * Checks a response body of `operationId` against the schema of its status: the exact code, then the
 * `4XX`-style range, then `default`. A status documented without a JSON body accepts any body; an
 * undocumented status is an issue (keyword `status`).
 *
 * @example
 * const result = await validateResponse("getDevice", response.status, await response.json());
 * if (result.issues) console.error(result.issues.map((issue) => issue.message));
 */
export async function validateResponse<K extends keyof operations & string>(
  operationId: K,
  status: number,
  body: unknown,
): Promise<ValidationResult<unknown>> {
  const validator = responseValidator(await loadOperation(operationId), status);
  if (validator === null) return { value: body };
  if (validator === undefined) {
    const message = `status ${status} is not a documented response of ${operationId}`;
    return { issues: [{ pointer: "", keyword: "status", message, path: [] }] };
  }
  return validator.validate(body);
}
