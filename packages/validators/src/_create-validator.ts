import { toIssues } from "./_issues.js";
import type { AjvError } from "./_messages.js";
import { ValidationError } from "./validation-error.js";
import type { ValidationIssue } from "./validation-issue.js";
import type { Validator } from "./validator.js";

/** A generated validation function, called as Ajv's are; `errors` holds the last call's errors. */
export interface AjvFunction {
  (data: unknown): boolean;
  errors?: unknown;
}

/** Every issue of a value `check` rejected, from the function that collects them all. */
export function collectIssues(collect: AjvFunction, value: unknown): ValidationIssue[] {
  collect(value);
  const issues = toIssues((collect.errors as AjvError[] | null) ?? [], value);
  // Both functions come from the same schema; this only guards against them ever disagreeing.
  return issues.length > 0
    ? issues
    : [{ pointer: "", keyword: "", message: "value is invalid", path: [] }];
}

/** The `ValidationError` an `assert*` guard throws. */
export function failure(name: string, collect: AjvFunction, value: unknown): ValidationError {
  return new ValidationError(name, collectIssues(collect, value));
}

/**
 * Wraps a generated pair of functions, `check` (stops at the first issue) and `collect` (finds them
 * all), as a validator: valid values cost one fast check; only invalid ones are examined again.
 */
export function createValidator<T>(
  name: string,
  check: AjvFunction,
  collect: AjvFunction,
): Validator<T> {
  const validate = (value: unknown) =>
    check(value) ? { value: value as T } : { issues: collectIssues(collect, value) };
  return {
    name,
    is: (value: unknown): value is T => check(value),
    validate,
    "~standard": { version: 1, vendor: "zt-devices", validate },
  };
}
