// The entry for request and response validation alone: importing it loads no schema module until
// an operation is validated, which matters where nothing tree-shakes (Node, a client's lazy import).
export type { BodyOf, PathOf, QueryOf, RequestOf, ResponseOf } from "./operation-types.js";
export type { RequestParts, ValidateRequestOptions } from "./request-parts.js";
export { validateRequest } from "./validate-request.js";
export { validateResponse } from "./validate-response.js";
export { ValidationError } from "./validation-error.js";
export type { RequestIssue, ValidationIssue } from "./validation-issue.js";
export type { ValidationResult } from "./validator.js";
