import type { OperationModule } from "./_operation-module.js";
import { coerce } from "./coerce.js";
import type { RequestParts, ValidateRequestOptions } from "./request-parts.js";
import type { ValidationResult } from "./validator.js";

/** Checks a request against one loaded operation module. */
export function checkRequest(
  operation: OperationModule,
  request: RequestParts,
  options: ValidateRequestOptions = {},
): ValidationResult<unknown> {
  const { coercion } = operation;
  const wire = options.coerce === true;
  const params = wire ? coerce(request.params ?? {}, coercion.params) : (request.params ?? {});
  const query =
    wire || request.query instanceof URLSearchParams
      ? coerce(request.query ?? {}, wire ? coercion.query : {})
      : (request.query ?? {});
  // Only a body that is there is checked, so an explicit `body: undefined` means "no body".
  const input =
    request.body === undefined ? { params, query } : { params, query, body: request.body };
  const result = operation.request.validate(input);
  return result.issues ? result : { value: { params, query, body: request.body } };
}

/**
 * Picks the validator for a status: the exact code, then its `4XX`-style range, then `default`.
 * `null` means the status is documented without a JSON body; `undefined`, not documented at all.
 */
export function responseValidator(operation: OperationModule, status: number) {
  const { responses } = operation;
  for (const key of [String(status), `${Math.floor(status / 100)}XX`, "default"]) {
    if (key in responses) return responses[key];
  }
  return undefined;
}
