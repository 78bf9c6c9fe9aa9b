import type { Path } from "./_issue.js";
import { ValidationError } from "./validation-error.js";
import type { ValidationIssue } from "./validation-issue.js";
import type { Validator } from "./validator.js";

/**
 * A generated validation function: without `issues`, whether the value is valid (it stops at the
 * first issue); with them, it adds every issue to `issues`, the value being at `at` and `path`, and
 * each message starting with `prefix`.
 */
export type ValidateFunction = (
  data: unknown,
  issues?: ValidationIssue[],
  at?: string,
  path?: Path,
  prefix?: string,
) => boolean;

/** Every issue of a value `validate` rejected, found in a second pass that collects them all. */
export function collectIssues(validate: ValidateFunction, value: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  validate(value, issues);
  // Both passes run the same code; this only guards against them ever disagreeing.
  return issues.length > 0
    ? issues
    : [{ pointer: "", keyword: "", message: "value is invalid", path: [] }];
}

/** The `ValidationError` an `assert*` guard throws. */
export function failure(name: string, validate: ValidateFunction, value: unknown): ValidationError {
  return new ValidationError(name, collectIssues(validate, value));
}

/**
 * Wraps a generated validation function as a validator: valid values cost one pass that stops at
 * the first issue; only invalid ones are examined again for every issue.
 */
export function createValidator<T>(name: string, validate: ValidateFunction): Validator<T> {
  const check = (value: unknown) =>
    validate(value) ? { value: value as T } : { issues: collectIssues(validate, value) };
  return {
    name,
    is: (value: unknown): value is T => validate(value),
    validate: check,
    "~standard": { version: 1, vendor: "zt-devices", validate: check },
  };
}
