import type { Goal } from "./goals.js";

/** One row of the generators benchmark: a spec size and the medians measured on it. */
export interface GeneratorRow {
  factor: number;
  paths: number;
  operations: number;
  /** Command: openapi-typescript's process (floor) and ours, in ms. */
  cli: { floor: number; ours: number };
  /** In process, warm: openapi-typescript's function (floor) and ours, in ms. */
  warm: { floor: number; ours: number };
}

/** Paths of the whole Cloudflare API: from this size on, the looser bound applies. */
export const WHOLE_API_PATHS = 965;

/**
 * The goals of `decisions/generator-speed.md`: on every spec, generating every package (the
 * command) takes at most 1.5 times what openapi-typescript alone takes, at most 2 times on a spec
 * the size of the whole Cloudflare API; and it grows no faster than the spec: the largest spec's
 * in-process time per operation at most 1.25 times the first's (the record reads figures as
 * ±20%).
 */
export function generatorGoals(rows: readonly GeneratorRow[]): Goal[] {
  const goals: Goal[] = rows.map((row) => ({
    name: `${row.factor}x (${row.paths} paths): all packages / openapi-typescript, command`,
    figure: row.cli.ours / row.cli.floor,
    bound: row.paths >= WHOLE_API_PATHS ? 2 : 1.5,
    keep: "<=",
  }));
  const first = rows[0];
  const last = rows.at(-1);
  if (first && last && last !== first) {
    goals.push({
      name: `ms per operation in process, ${last.factor}x / ${first.factor}x`,
      figure: last.warm.ours / last.operations / (first.warm.ours / first.operations),
      bound: 1.25,
      keep: "<=",
    });
  }
  return goals;
}
