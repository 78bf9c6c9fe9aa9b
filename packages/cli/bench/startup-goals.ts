import type { Goal } from "../../../scripts/bench/goals.js";

/** The CLI's goal: `zt-devices --help` starts in at most 1.5 times `node -e 0`. */
export function startupGoals(figures: { help: number }): Goal[] {
  return [{ name: "zt-devices --help / node -e 0", figure: figures.help, bound: 1.5, keep: "<=" }];
}
