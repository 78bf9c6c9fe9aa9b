import { CliError } from "./cli-error.js";

/** What `pnpm spec:diff` was asked to do. */
export interface SpecDiffArgs {
  /** The git ref to compare with; `undefined` means the last release tag, else `HEAD~1`. */
  ref: string | undefined;
  changeset: boolean;
  json: boolean;
  help: boolean;
}

/** The text `--help` prints. */
export const USAGE = `Usage: pnpm spec:diff [git-ref] [--json] [--no-changeset]

Compares spec/openapi.yaml in the working tree with the spec at git-ref (default: the
last @zt-devices/*@x.y.z release tag, else HEAD~1), classifies each change as breaking,
minor or patch, and drafts .changeset/spec-<commit>.md with the resulting bump.

  --json           print the changes as JSON instead of a list
  --no-changeset   do not write the changeset draft
  -h, --help       print this help`;

/**
 * Parses the arguments after the script name. Unknown flags and extra refs are errors rather
 * than ignored, so a typo never silently compares against the wrong spec.
 *
 * @example
 * parseArgs(["HEAD~3", "--json"]); // { ref: "HEAD~3", changeset: true, json: true, help: false }
 */
export function parseArgs(argv: readonly string[]): SpecDiffArgs {
  const args: SpecDiffArgs = { ref: undefined, changeset: true, json: false, help: false };
  for (const arg of argv) {
    if (arg === "--json") args.json = true;
    else if (arg === "--no-changeset") args.changeset = false;
    else if (arg === "--help" || arg === "-h") args.help = true;
    // pnpm passes a lone `--` through when called as `pnpm spec:diff -- ref`.
    else if (arg === "--") continue;
    else if (arg.startsWith("-")) throw new CliError(`unknown option ${arg}\n\n${USAGE}`);
    else if (args.ref !== undefined) {
      throw new CliError(`expected at most one git ref, got ${args.ref} and ${arg}`);
    } else args.ref = arg;
  }
  return args;
}
