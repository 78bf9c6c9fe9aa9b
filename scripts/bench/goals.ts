/**
 * A benchmark's goal: a figure measured against a floor in the same run (a ratio, mostly) and the
 * bound it must keep. Every benchmark reports its goals through `reportGoals`, one line each, and
 * exits non-zero while any is missed.
 */
export interface Goal {
  /** What is measured, e.g. `GET requests/s, mock / plain node:http`. */
  name: string;
  /** The figure of this run; NaN (nothing measured) misses every goal. */
  figure: number;
  /** The bound: the figure must be at least it (`>=`) or at most it (`<=`). */
  bound: number;
  keep: ">=" | "<=";
  /** Digits shown after the point; 2 unless given. */
  digits?: number;
}

/** Whether `goal`'s figure keeps its bound. */
export function isHeld(goal: Goal): boolean {
  if (Number.isNaN(goal.figure)) return false;
  return goal.keep === ">=" ? goal.figure >= goal.bound : goal.figure <= goal.bound;
}

/** The summary line of one goal: figure, goal, held or missed. */
export function goalLine(goal: Goal): string {
  const digits = goal.digits ?? 2;
  return `goal ${isHeld(goal) ? "held  " : "MISSED"} ${goal.name}: ${goal.figure.toFixed(digits)} (goal ${goal.keep} ${goal.bound})`;
}

/**
 * Prints one summary line per goal and returns the exit code the benchmark should end with:
 * 0 when every goal is held, 1 when any is missed (also 1 for no goals at all: nothing was checked).
 *
 * @example
 * process.exitCode = reportGoals([{ name: "calls/s vs floor", figure: 0.8, bound: 0.75, keep: ">=" }]);
 */
export function reportGoals(
  goals: readonly Goal[],
  print: (line: string) => void = console.log,
): number {
  print("");
  for (const goal of goals) print(goalLine(goal));
  const missed = goals.filter((goal) => !isHeld(goal));
  if (goals.length === 0) print("no goal was checked");
  else if (missed.length > 0) print(`${missed.length} of ${goals.length} goals missed`);
  else print(`all ${goals.length} goals held`);
  return goals.length === 0 || missed.length > 0 ? 1 : 0;
}

/** The median of `values` (NaN for none). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
