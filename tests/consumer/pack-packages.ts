import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A published package of the workspace and the tarball `pnpm pack` made of it. */
export interface PackedPackage {
  name: string;
  directory: string;
  tarball: string;
}

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

/**
 * Packs every publishable package with `pnpm pack` (which turns `workspace:*` into real versions, as a
 * publish does) into a fresh temporary folder.
 */
export function packPackages(): PackedPackage[] {
  const destination = mkdtempSync(join(tmpdir(), "zt-devices-pack-"));
  return publishablePackages().map(({ name, directory }) => {
    const out = execFileSync("pnpm", ["pack", "--pack-destination", destination], {
      cwd: directory,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    const tarball = out
      .trim()
      .split("\n")
      .filter((line) => line.endsWith(".tgz"))
      .at(-1);
    if (!tarball) throw new Error(`pnpm pack printed no tarball for ${name}:\n${out}`);
    return {
      name,
      directory,
      tarball: tarball.startsWith("/") ? tarball : join(destination, tarball),
    };
  });
}
