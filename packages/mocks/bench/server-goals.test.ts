import { describe, expect, it } from "vitest";
import { reportGoals } from "../../../scripts/bench/goals.js";
import { serverGoals } from "./server-goals.js";

const quiet = () => {};

describe("the mock server benchmark's goals", () => {
  it("hold at 0.6 of plain for GET, by rate and by CPU, and at twice plain's start-up", () => {
    expect(reportGoals(serverGoals({ getRate: 0.6, getCpu: 0.6, start: 2 }), quiet)).toBe(0);
  });

  it.each([
    [
      { getRate: 0.59, getCpu: 0.9, start: 1 },
      "GET requests/s, mock / plain node:http: 0.59 (goal >= 0.6)",
    ],
    [
      { getRate: 1, getCpu: 0.3, start: 1 },
      "GET requests per CPU second, mock / plain node:http: 0.30 (goal >= 0.6)",
    ],
    [
      { getRate: 1, getCpu: 1, start: 2.5 },
      "start to first answer, mock / plain node:http: 2.50 (goal <= 2)",
    ],
    [
      { getRate: Number.NaN, getCpu: 1, start: 1 },
      "GET requests/s, mock / plain node:http: NaN (goal >= 0.6)",
    ],
  ])("are missed by %j", (figures, missed) => {
    const lines: string[] = [];
    expect(reportGoals(serverGoals(figures), (line) => lines.push(line))).toBe(1);
    expect(lines.filter((line) => line.startsWith("goal MISSED"))).toEqual([
      `goal MISSED ${missed}`,
    ]);
  });
});
