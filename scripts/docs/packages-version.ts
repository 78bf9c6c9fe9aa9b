import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The version the published packages share (changesets moves them as one fixed group), read from
 * `packages/*\/package.json`. Fails, naming them, if they disagree.
 */
export function packagesVersion(root: string): string {
  const versions = new Map<string, string>();
  for (const entry of readdirSync(join(root, "packages"))) {
    const manifest = JSON.parse(
      readFileSync(join(root, "packages", entry, "package.json"), "utf8"),
    );
    if (manifest.private !== true) versions.set(manifest.name, manifest.version);
  }
  const distinct = new Set(versions.values());
  if (distinct.size !== 1) {
    const list = [...versions].map(([name, v]) => `${name}@${v}`).join(", ");
    throw new Error(`the packages do not share one version: ${list}`);
  }
  return [...distinct][0] as string;
}
