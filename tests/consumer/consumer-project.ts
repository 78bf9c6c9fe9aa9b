import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { PlannedRelease } from "../../scripts/release/release-dry.js";

/** A project outside the workspace, installed from tarballs with npm, as a user installs them. */
export interface ConsumerProject {
  dir: string;
  /** Runs a command in the project; on failure, the error carries what the command printed. */
  run(cmd: string, args: string[], env?: NodeJS.ProcessEnv): string;
  remove(): void;
}

/** What goes into the project's package.json besides the tarballs. */
export interface ProjectManifest {
  type?: "module" | "commonjs";
  /** Registry packages, name to version. */
  devDependencies?: Record<string, string>;
}

/** `file:` specifiers of the released tarballs, by package name. */
export function tarballSpecifiers(release: PlannedRelease[], names?: string[]) {
  return Object.fromEntries(
    release.filter((p) => !names || names.includes(p.name)).map((p) => [p.name, `file:${p.path}`]),
  );
}

/**
 * Creates a project depending on the given tarballs and runs `npm install` in it. The packages
 * depend on each other by version; `overrides` point those at the tarballs too.
 */
export function installProject(
  tarballs: Record<string, string>,
  { type = "module", devDependencies = {} }: ProjectManifest = {},
): ConsumerProject {
  const dir = mkdtempSync(join(tmpdir(), "zt-devices-consumer-"));
  const run = (cmd: string, args: string[], env?: NodeJS.ProcessEnv) => {
    try {
      return execFileSync(cmd, args, {
        cwd: dir,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
        env: { ...process.env, ...env },
      });
    } catch (error) {
      const e = error as { stdout?: string; stderr?: string };
      throw new Error(`${cmd} ${args.join(" ")} failed:\n${e.stdout ?? ""}${e.stderr ?? ""}`);
    }
  };
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify(
      {
        name: "consumer",
        private: true,
        type,
        dependencies: tarballs,
        overrides: tarballs,
        devDependencies,
      },
      null,
      2,
    ),
  );
  run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"]);
  return { dir, run, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
