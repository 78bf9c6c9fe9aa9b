import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { CliError } from "./cli-error.js";
import { ExecError, exec } from "./exec.js";

/** The git ref a spec is compared with, and the commit it names. */
export interface Base {
  ref: string;
  commit: string;
}

/** Changesets tags each release of a package as `<name>@<version>`. */
const RELEASE_TAGS = "@zt-devices/*@[0-9]*";

/**
 * Resolves the ref to compare with: `ref` if given, else the newest release tag reachable from
 * HEAD, else `HEAD~1`. A ref that names no commit is a {@link CliError}.
 */
export async function resolveBase(repo: string, ref: string | undefined): Promise<Base> {
  const chosen = ref ?? (await lastReleaseTag(repo)) ?? "HEAD~1";
  if (chosen.startsWith("-")) throw new CliError(`${chosen} is not a git ref`);
  const commit = await git(repo, ["rev-parse", "--verify", "--quiet", `${chosen}^{commit}`]);
  if (commit === undefined) throw new CliError(`git ref ${chosen} does not exist in ${repo}`);
  return { ref: chosen, commit };
}

/** Writes the `spec/` folder as it is at `commit` into `into/spec`; false when there is none. */
export async function extractSpec(repo: string, commit: string, into: string): Promise<boolean> {
  const tree = await git(repo, ["ls-tree", "-d", "--name-only", commit, "spec"]);
  if (tree !== "spec") return false;
  await mkdir(into, { recursive: true });
  const archive = join(into, "spec.tar");
  await exec("git", ["archive", "--format=tar", "-o", archive, commit, "spec"], { cwd: repo });
  await exec("tar", ["-xf", archive, "-C", into], { cwd: into });
  return true;
}

/** The top folder of the git work tree that contains `cwd`. */
export async function repoRoot(cwd: string): Promise<string> {
  const root = await git(cwd, ["rev-parse", "--show-toplevel"]);
  if (root === undefined) throw new CliError(`${cwd} is not inside a git work tree`);
  return root;
}

async function lastReleaseTag(repo: string): Promise<string | undefined> {
  return git(repo, ["describe", "--tags", "--abbrev=0", "--match", RELEASE_TAGS, "HEAD"]);
}

/** Runs git and returns its trimmed output, or `undefined` when it fails. */
async function git(repo: string, args: string[]): Promise<string | undefined> {
  try {
    return (await exec("git", args, { cwd: repo })).stdout.trim();
  } catch (error) {
    if (error instanceof ExecError) return undefined;
    throw error;
  }
}
