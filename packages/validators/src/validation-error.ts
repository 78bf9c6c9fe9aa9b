import type { ValidationIssue } from "./validation-issue.js";

/**
 * Thrown by the `assert*` guards: names what was validated and lists every issue.
 *
 * @example
 * try {
 *   assertDevicePostureRule(rule);
 * } catch (error) {
 *   if (error instanceof ValidationError) console.error(error.issues);
 * }
 */
export class ValidationError extends Error {
  override readonly name = "ValidationError";
  /** What was validated: a schema name, or an operation's request or response. */
  readonly subject: string;
  /** Every issue found, in document order. */
  readonly issues: readonly ValidationIssue[];

  constructor(subject: string, issues: readonly ValidationIssue[]) {
    const lines = issues.map((issue) => `\n  - ${issue.message}`).join("");
    const count = issues.length === 1 ? "1 issue" : `${issues.length} issues`;
    super(`${subject} is invalid (${count}):${lines}`);
    this.subject = subject;
    this.issues = issues;
  }
}
