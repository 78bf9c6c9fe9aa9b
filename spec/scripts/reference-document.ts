import { existsSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { REPO_ROOT } from "../../scripts/repo-root.js";

/** Where the reference document was found, or why it is not at hand. */
export type ReferenceDocument =
  | { path: string; file: string; reason?: undefined }
  | { path?: undefined; file?: undefined; reason: string };

/**
 * Finds Cloudflare's API reference document (`000_*.txt`): in `ZT_SEEDS_DIR` when it is set, else in
 * the `shared/seeds` folder beside the repository when one exists. Only the extract script and the
 * drift test look for it; every other check reads the committed extract. A folder that is named (or
 * exists) but holds no `000_*.txt` is an error, not an absence.
 */
export function findReferenceDocument(
  env: Record<string, string | undefined> = process.env,
  root = REPO_ROOT,
): ReferenceDocument {
  const named = env.ZT_SEEDS_DIR;
  const dir = named ? resolve(named) : join(root, "..", "shared", "seeds");
  if (!named && !existsSync(dir)) {
    return { reason: "reference document not at hand (set ZT_SEEDS_DIR)" };
  }
  if (!existsSync(dir)) throw new Error(`ZT_SEEDS_DIR: no folder ${dir}`);
  const file = readdirSync(dir)
    .filter((name) => /^000_.*\.txt$/.test(name))
    .sort()[0];
  if (!file) {
    const from = named ? "ZT_SEEDS_DIR" : "the seeds folder beside the repository";
    throw new Error(`${from}: no 000_*.txt API reference in ${dir}`);
  }
  return { path: join(dir, file), file };
}
