import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const packagesDir = join(import.meta.dirname, "../../packages");

/**
 * Packs `packages/<name>` for each name with `pnpm pack` (as a publish would) and unpacks each
 * tarball into `<project>/node_modules/@zt-devices/<name>`, next to a `package.json` of an ESM
 * project. Nothing is fetched: dependencies outside the workspace are the caller's to link.
 */
export function installPacked(project: string, names: readonly string[]): void {
  const tarballs = mkdtempSync(join(tmpdir(), "zt-devices-tarballs-"));
  try {
    for (const name of names) {
      const out = execFileSync("pnpm", ["pack", "--pack-destination", tarballs], {
        cwd: join(packagesDir, name),
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
      });
      const tarball = out
        .trim()
        .split("\n")
        .filter((line) => line.endsWith(".tgz"))
        .at(-1);
      if (!tarball) throw new Error(`pnpm pack printed no tarball for ${name}:\n${out}`);
      const target = join(project, "node_modules/@zt-devices", name);
      mkdirSync(target, { recursive: true });
      const file = tarball.startsWith("/") ? tarball : join(tarballs, tarball);
      execFileSync("tar", ["-xzf", file, "-C", target, "--strip-components=1"]);
    }
  } finally {
    rmSync(tarballs, { recursive: true, force: true });
  }
  writeFileSync(
    join(project, "package.json"),
    JSON.stringify({ name: "runtimes", private: true, type: "module" }),
  );
}
