/**
 * What installing `@zt-devices/client` costs a project: the client, `@zt-devices/types` and their
 * dependencies as npm installs them from the tarballs `pnpm release:dry` makes. The goal is 700 kB
 * (700,000 bytes of files); the floor is what the third-party dependencies alone take, measured in
 * the same install. Exits non-zero when the goal is missed.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { planRelease } from "../../../scripts/release/release-dry.js";
import { installProject, tarballSpecifiers } from "../consumer-project.js";

const GOAL_BYTES = 700_000;

/** Bytes and count of the files under `dir`, npm's own bookkeeping left out. */
function footprint(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, encoding: "utf8" })) {
    if (entry.endsWith(".package-lock.json")) continue;
    const stat = statSync(join(dir, entry));
    if (!stat.isFile()) continue;
    bytes += stat.size;
    files += 1;
  }
  return { bytes, files };
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

function main(): number {
  const out = mkdtempSync(join(tmpdir(), "zt-devices-footprint-"));
  try {
    const release = planRelease({ out });
    const project = installProject(
      tarballSpecifiers(release, ["@zt-devices/client", "@zt-devices/types"]),
    );
    try {
      const modules = join(project.dir, "node_modules");
      const total = footprint(modules);
      const ours = footprint(join(modules, "@zt-devices"));
      const floor = { bytes: total.bytes - ours.bytes, files: total.files - ours.files };
      const held = total.bytes <= GOAL_BYTES;
      console.log(
        [
          `client + types + dependencies installed: ${kB(total.bytes)} in ${total.files} files`,
          `  of which @zt-devices/*: ${kB(ours.bytes)} in ${ours.files} files`,
          `  floor (third-party dependencies alone): ${kB(floor.bytes)} in ${floor.files} files`,
          `goal: at most ${kB(GOAL_BYTES)}: ${held ? "held" : "MISSED"}`,
        ].join("\n"),
      );
      return held ? 0 : 1;
    } finally {
      project.remove();
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

process.exitCode = main();
