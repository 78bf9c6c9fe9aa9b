import { CliError } from "./cli-error.js";
import { runSpecDiff } from "./run-spec-diff.js";

// `pnpm spec:diff [git-ref] [--json] [--no-changeset]`: see scripts/spec-diff/parse-args.ts.
try {
  await runSpecDiff(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
  });
} catch (error) {
  if (!(error instanceof CliError)) throw error;
  process.stderr.write(`spec:diff: ${error.message}\n`);
  process.exitCode = error.exitCode;
}
