import type { Goal } from "../../../scripts/bench/goals.js";

/** The CLI's goal (issue #14): `zt-devices --help` starts in at most 1.3 times `node -e 0`. */
export function startupGoals(figures: { help: number }): Goal[] {
  return [{ name: "zt-devices --help / node -e 0", figure: figures.help, bound: 1.3, keep: "<=" }];
}
