/**
 * A mistake on the command line (an unknown option, a missing value, unreadable input): printed
 * without a stack trace, with exit code 2.
 */
export class UsageError extends Error {
  override name = "UsageError";
}
