/**
 * An error the user can act on: a bad argument, a ref without a spec, a spec that does not
 * bundle. The entry point prints its message without a stack trace and exits with `exitCode`
 * (2 for what was asked for, 1 for what was found).
 */
export class CliError extends Error {
  override readonly name = "CliError";
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 2,
  ) {
    super(message);
  }
}
