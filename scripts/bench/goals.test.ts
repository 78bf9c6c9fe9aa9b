import { describe, expect, it } from "vitest";
import { type Goal, goalLine, isHeld, median, reportGoals } from "./goals.js";

const atLeast = (figure: number): Goal => ({
  name: "calls/s vs floor",
  figure,
  bound: 0.75,
  keep: ">=",
});
const atMost = (figure: number): Goal => ({ name: "start vs floor", figure, bound: 2, keep: "<=" });

describe("benchmark goals", () => {
  it.each([
    { goal: atLeast(0.8), held: true },
    { goal: atLeast(0.75), held: true },
    { goal: atLeast(0.7), held: false },
    { goal: atMost(1.9), held: true },
    { goal: atMost(2), held: true },
    { goal: atMost(2.1), held: false },
    { goal: atLeast(Number.NaN), held: false },
    { goal: atMost(Number.NaN), held: false },
  ])("$goal.keep $goal.bound with $goal.figure: held $held", ({ goal, held }) => {
    expect(isHeld(goal)).toBe(held);
  });

  it("prints the figure, the goal, and held or missed", () => {
    expect(goalLine(atLeast(0.8123))).toBe("goal held   calls/s vs floor: 0.81 (goal >= 0.75)");
    expect(goalLine({ ...atMost(2.5), digits: 1 })).toBe(
      "goal MISSED start vs floor: 2.5 (goal <= 2)",
    );
  });

  it("exits 1 while any goal is missed, and says how many", () => {
    const lines: string[] = [];
    expect(reportGoals([atLeast(0.8), atMost(3)], (line) => lines.push(line))).toBe(1);
    expect(lines).toEqual([
      "",
      "goal held   calls/s vs floor: 0.80 (goal >= 0.75)",
      "goal MISSED start vs floor: 3.00 (goal <= 2)",
      "1 of 2 goals missed",
    ]);
  });

  it("exits 0 when every goal is held, and 1 when none was checked", () => {
    const lines: string[] = [];
    expect(reportGoals([atLeast(0.8), atMost(1)], (line) => lines.push(line))).toBe(0);
    expect(lines.at(-1)).toBe("all 2 goals held");
    expect(reportGoals([], (line) => lines.push(line))).toBe(1);
    expect(lines.at(-1)).toBe("no goal was checked");
  });

  it("takes the median of odd and even counts", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});
