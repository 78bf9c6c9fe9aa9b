export type { BodyOf, PathOf, QueryOf, RequestOf, ResponseOf } from "./operation-types.js";
export type { RequestParts, ValidateRequestOptions } from "./request-parts.js";
export * from "./schemas.gen.js";
export type { StandardSchemaV1 } from "./standard-schema.js";
export { validateRequest } from "./validate-request.js";
export { validateResponse } from "./validate-response.js";
export { ValidationError } from "./validation-error.js";
export type { RequestIssue, ValidationIssue } from "./validation-issue.js";
export type { ValidationResult, Validator } from "./validator.js";
