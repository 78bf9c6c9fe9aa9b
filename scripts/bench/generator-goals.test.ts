import { describe, expect, it } from "vitest";
import { foreignSpecGoals, type GeneratorRow, generatorGoals } from "./generator-goals.js";
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

describe("the foreign spec's goals", () => {
  const foreign = (ratio: number, typeChecks = true) => ({
    cli: { floor: 1000, ours: 1000 * ratio },
    typeChecks,
  });

  it("are goal lines beside the others, held at 2x and a clean type-check", () => {
    const lines: string[] = [];
    const goals = [...generatorGoals([row(1, 36, 1)]), ...foreignSpecGoals(foreign(2))];
    expect(reportGoals(goals, (line) => lines.push(line))).toBe(0);
    expect(lines).toContain(
      "goal held   foreign spec: generated packages / openapi-typescript, command: 2.00 (goal <= 2)",
    );
    expect(lines).toContain(
      "goal held   foreign spec: generated packages failing to type-check: 0 (goal <= 0)",
    );
  });

  it.each([
    [
      foreign(2.01),
      "goal MISSED foreign spec: generated packages / openapi-typescript, command: 2.01 (goal <= 2)",
    ],
    [
      foreign(1, false),
      "goal MISSED foreign spec: generated packages failing to type-check: 1 (goal <= 0)",
    ],
  ])("are missed by %#", (given, missed) => {
    const lines: string[] = [];
    expect(reportGoals(foreignSpecGoals(given), (line) => lines.push(line))).toBe(1);
    expect(lines.filter((line) => line.startsWith("goal MISSED"))).toEqual([missed]);
  });

  it("are none without a foreign spec: nothing measured is nothing held", () => {
    expect(foreignSpecGoals(undefined)).toEqual([]);
  });
});
