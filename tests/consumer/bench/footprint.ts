import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Goal } from "../../../scripts/bench/goals.js";

/** What installing `@zt-devices/client` may cost a project, in bytes of files. */
export const FOOTPRINT_GOAL_BYTES = 700_000;

/** Bytes and number of files. */
export interface Footprint {
  bytes: number;
  files: number;
}

/** Bytes and count of the files under `dir`, npm's own `.package-lock.json` left out. */
export function footprint(dir: string): Footprint {
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

/**
 * The footprint benchmark's goal: client, types and their dependencies, as npm installs them from
 * the release tarballs, take at most 700 kB.
 */
export function footprintGoals(installed: Footprint): Goal[] {
  return [
    {
      name: "client + types + dependencies installed, kB",
      figure: installed.bytes / 1000,
      bound: FOOTPRINT_GOAL_BYTES / 1000,
      keep: "<=",
      digits: 1,
    },
  ];
}
