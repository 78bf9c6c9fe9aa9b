import { describe, expect, it } from "vitest";
import { type GeneratorRow, generatorGoals } from "./generator-goals.js";
import { reportGoals } from "./goals.js";

const row = (factor: number, paths: number, cli: number, msPerOp = 4): GeneratorRow => ({
  factor,
  paths,
  operations: factor * 69,
  cli: { floor: 1000, ours: 1000 * cli },
  warm: { floor: 100, ours: msPerOp * factor * 69 },
});

describe("the generators benchmark's goals", () => {
  it("hold at 1.5x openapi-typescript, 2x at the whole API's size, and linear growth", () => {
    const rows = [row(1, 36, 1.5), row(27, 972, 2, 5)];
    expect(reportGoals(generatorGoals(rows), () => {})).toBe(0);
  });

  it.each([
    [
      [row(1, 36, 1.51), row(27, 972, 1)],
      "goal MISSED 1x (36 paths): all packages / openapi-typescript, command: 1.51 (goal <= 1.5)",
    ],
    [
      [row(1, 36, 1), row(20, 720, 1.6)],
      "goal MISSED 20x (720 paths): all packages / openapi-typescript, command: 1.60 (goal <= 1.5)",
    ],
    [
      [row(1, 36, 1), row(27, 972, 2.1)],
      "goal MISSED 27x (972 paths): all packages / openapi-typescript, command: 2.10 (goal <= 2)",
    ],
    [
      [row(1, 36, 1), row(27, 972, 1, 5.2)],
      "goal MISSED ms per operation in process, 27x / 1x: 1.30 (goal <= 1.25)",
    ],
  ])("are missed by %#", (rows, missed) => {
    const lines: string[] = [];
    expect(reportGoals(generatorGoals(rows), (line) => lines.push(line))).toBe(1);
    expect(lines.filter((line) => line.startsWith("goal MISSED"))).toEqual([missed]);
  });

  it("checks growth only with more than one spec size", () => {
    expect(generatorGoals([row(1, 36, 1)]).map((goal) => goal.name)).toEqual([
      "1x (36 paths): all packages / openapi-typescript, command",
    ]);
  });
});
