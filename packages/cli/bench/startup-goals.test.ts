import { describe, expect, it } from "vitest";
import { reportGoals } from "../../../scripts/bench/goals.js";
import { startupGoals } from "./startup-goals.js";

describe("the CLI benchmark's goal", () => {
  it("holds at 1.3 times node -e 0", () => {
    expect(reportGoals(startupGoals({ help: 1.3 }), () => {})).toBe(0);
  });

  it("is missed above it", () => {
    const lines: string[] = [];
    expect(reportGoals(startupGoals({ help: 1.31 }), (line) => lines.push(line))).toBe(1);
    expect(lines.filter((line) => line.startsWith("goal MISSED"))).toEqual([
      "goal MISSED zt-devices --help / node -e 0: 1.31 (goal <= 1.3)",
    ]);
  });
});
