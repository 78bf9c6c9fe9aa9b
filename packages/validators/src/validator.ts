import type { StandardSchemaV1 } from "./standard-schema.js";
import type { ValidationIssue } from "./validation-issue.js";

/** The result of `Validator.validate`: the value when valid, every issue when not. */
export type ValidationResult<T> =
  | { readonly value: T; readonly issues?: undefined }
  | { readonly issues: readonly ValidationIssue[] };

/**
 * A precompiled validator for one schema, request or response; also a Standard Schema v1.
 *
 * @example
 * const result = devicePostureRuleValidator.validate(JSON.parse(body));
 * if (result.issues) console.error(result.issues.map((issue) => issue.message));
 */
export interface Validator<T> extends StandardSchemaV1<unknown, T> {
  /** What is validated: a schema name, or an operation's request or response. */
  readonly name: string;
  /** Whether `value` is valid; stops at the first issue. */
  is(value: unknown): value is T;
  /** The value when valid, otherwise every issue. */
  validate(value: unknown): ValidationResult<T>;
  readonly "~standard": StandardSchemaV1.Props<unknown, T> & {
    readonly validate: (value: unknown) => ValidationResult<T>;
  };
}
