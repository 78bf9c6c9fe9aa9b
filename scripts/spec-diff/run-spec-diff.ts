import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bundleSpec } from "./bundle-spec.js";
import { CliError } from "./cli-error.js";
import { diffSpecs } from "./diff-specs.js";
import { formatReport } from "./format-report.js";
import { extractSpec, repoRoot, resolveBase } from "./git-base.js";
import { parseArgs, USAGE } from "./parse-args.js";
import { changesetPath, renderChangeset } from "./render-changeset.js";
import { summarizeBump } from "./summarize-bump.js";

/** Where `runSpecDiff` runs and where its report goes. */
export interface SpecDiffIo {
  cwd: string;
  stdout: (text: string) => void;
}

/**
 * Runs `pnpm spec:diff`: bundles the working tree's spec and the spec at the base ref, prints
 * the classified changes and writes (or, when nothing changed, removes) the changeset draft.
 * Throws {@link CliError} for anything the user can fix.
 *
 * @example
 * await runSpecDiff(["HEAD~1", "--no-changeset"], { cwd: process.cwd(), stdout: (t) => process.stdout.write(t) });
 */
export async function runSpecDiff(argv: readonly string[], io: SpecDiffIo): Promise<void> {
  const args = parseArgs(argv);
  if (args.help) return io.stdout(`${USAGE}\n`);
  const repo = await repoRoot(io.cwd);
  const base = await resolveBase(repo, args.ref);
  const scratch = await mkdtemp(join(tmpdir(), "spec-diff-"));
  try {
    if (!(await extractSpec(repo, base.commit, scratch))) {
      throw new CliError(`${base.ref} has no spec/ folder`);
    }
    const [before, after] = await Promise.all([
      bundleSpec(join(scratch, "spec"), `spec/openapi.yaml at ${base.ref}`),
      bundleSpec(join(repo, "spec"), "spec/openapi.yaml in the working tree"),
    ]);
    const changes = diffSpecs(before, after);
    let written: string | undefined;
    let note = "No changeset written (--no-changeset).";
    if (args.changeset) {
      const path = changesetPath(base);
      const draft = renderChangeset(changes, base);
      if (draft) {
        await writeFile(join(repo, path), draft);
        written = path;
        note = `Wrote ${path}.`;
      } else if (existsSync(join(repo, path))) {
        // An earlier run drafted changes that are gone now; keeping its draft would release them.
        await rm(join(repo, path));
        note = `Removed ${path}: nothing to release.`;
      } else note = "No changeset written: nothing to release.";
    }
    if (args.json) {
      const report = { base, bump: summarizeBump(changes), changes, changeset: written ?? null };
      io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    } else io.stdout(`${formatReport(changes, base)}${note}\n`);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
