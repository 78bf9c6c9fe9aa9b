import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const packagesDir = join(import.meta.dirname, "../../packages");

/** The workspace's publishable packages: every `packages/*` that is not private. */
export function publishablePackages(): { name: string; directory: string }[] {
  return readdirSync(packagesDir)
    .map((entry) => join(packagesDir, entry))
    .map((directory) => ({
      directory,
      manifest: JSON.parse(readFileSync(join(directory, "package.json"), "utf8")),
    }))
    .filter(({ manifest }) => manifest.private !== true)
    .map(({ directory, manifest }) => ({ name: manifest.name as string, directory }));
}
