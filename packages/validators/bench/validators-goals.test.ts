import { describe, expect, it } from "vitest";
import { reportGoals } from "../../../scripts/bench/goals.js";
import { pairedRatio } from "./_interleave.js";
import { type PayloadRatios, validatorGoals } from "./validators-goals.js";

const quiet = () => {};
const ratios = (over: Partial<PayloadRatios>): PayloadRatios => ({
  payload: "Rule valid",
  valid: true,
  validateOverZod: 4,
  isOverAjv: 1,
  validateOverAjvAllErrors: 1,
  ...over,
});

describe("the validators benchmark's goals", () => {
  it("hold at 4x zod and Ajv's pace on a valid value, 20x zod and 0.9x Ajv on an invalid one", () => {
    expect(reportGoals(validatorGoals(ratios({})), quiet)).toBe(0);
    const invalid = ratios({
      payload: "Rule invalid",
      valid: false,
      validateOverZod: 20,
      isOverAjv: 0.9,
      validateOverAjvAllErrors: 0.9,
    });
    expect(reportGoals(validatorGoals(invalid), quiet)).toBe(0);
  });

  it.each([
    [
      ratios({ validateOverZod: 3.99 }),
      "goal MISSED Rule valid: validate() / zod safeParse(): 3.99 (goal >= 4)",
    ],
    [
      ratios({ payload: "Rule invalid", valid: false }),
      "goal MISSED Rule invalid: validate() / zod safeParse(): 4.00 (goal >= 20)",
    ],
    [ratios({ isOverAjv: 0.99 }), "goal MISSED Rule valid: is() / Ajv: 0.99 (goal >= 1)"],
    [
      ratios({ validateOverAjvAllErrors: 0.98 }),
      "goal MISSED Rule valid: validate() / Ajv allErrors: 0.98 (goal >= 1)",
    ],
    [
      ratios({ payload: "Rule invalid", valid: false, validateOverZod: 25, isOverAjv: 0.89 }),
      "goal MISSED Rule invalid: is() / Ajv: 0.89 (goal >= 0.9)",
    ],
  ])("are missed by %j", (figures, missed) => {
    const lines: string[] = [];
    expect(reportGoals(validatorGoals(figures), (line) => lines.push(line))).toBe(1);
    expect(lines.filter((line) => line.startsWith("goal MISSED"))).toEqual([missed]);
  });
});

describe("pairedRatio", () => {
  it("is the median of same-round ratios, so a slow round slows both sides alike", () => {
    // Round 2 ran on a machine twice as slow: both rates halve, the ratio holds.
    expect(pairedRatio([100, 50, 100], [50, 25, 50])).toBe(2);
    expect(pairedRatio([100, 50, 300], [50, 50, 100])).toBe(2);
  });

  it("leaves out rounds with nothing measured", () => {
    expect(pairedRatio([10, 10], [5, 0])).toBe(2);
    expect(pairedRatio([], [])).toBeNaN();
  });
});
