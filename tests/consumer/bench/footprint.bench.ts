/**
 * What installing `@zt-devices/client` costs a project: the client, `@zt-devices/types` and their
 * dependencies as npm installs them, in an empty project, from the tarballs `pnpm release:dry`
 * makes. The floor is what the third-party dependencies alone take, measured in the same install.
 * Exits non-zero when the goal (`footprintGoals`) is missed.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { reportGoals } from "../../../scripts/bench/goals.js";
import { planRelease } from "../../../scripts/release/release-dry.js";
import { installProject, tarballSpecifiers } from "../consumer-project.js";
import { type Footprint, footprint, footprintGoals } from "./footprint.js";

const kB = ({ bytes, files }: Footprint) => `${(bytes / 1000).toFixed(1)} kB in ${files} files`;

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
      console.log(`client + types + dependencies installed: ${kB(total)}`);
      for (const name of ["client", "types"])
        console.log(`  @zt-devices/${name}: ${kB(footprint(join(modules, "@zt-devices", name)))}`);
      console.log(`  floor (third-party dependencies alone): ${kB(floor)}`);
      return reportGoals(footprintGoals(total));
    } finally {
      project.remove();
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

process.exitCode = main();
