import { describe, expect, it } from "vitest";
import { reportGoals } from "../../../scripts/bench/goals.js";
import { type PayloadRates, validatorGoals } from "./validators-goals.js";

const quiet = () => {};
const rates = (over: Partial<PayloadRates>): PayloadRates => ({
  payload: "Rule valid",
  valid: true,
  is: 900,
  validate: 400,
  zod: 100,
  ajv: 1000,
  ajvAllErrors: 400,
  ...over,
});

describe("the validators benchmark's goals", () => {
  it("hold at 4x zod on a valid value, 20x on an invalid one, and 0.9x Ajv", () => {
    expect(reportGoals(validatorGoals(rates({})), quiet)).toBe(0);
    const invalid = rates({
      payload: "Rule invalid",
      valid: false,
      validate: 2000,
      ajvAllErrors: 2000,
    });
    expect(reportGoals(validatorGoals(invalid), quiet)).toBe(0);
  });

  it.each([
    [
      rates({ validate: 399, ajvAllErrors: 300 }),
      "goal MISSED Rule valid: validate() / zod safeParse(): 3.99 (goal >= 4)",
    ],
    [
      rates({ payload: "Rule invalid", valid: false }),
      "goal MISSED Rule invalid: validate() / zod safeParse(): 4.00 (goal >= 20)",
    ],
    [rates({ ajv: 1010 }), "goal MISSED Rule valid: is() / Ajv: 0.89 (goal >= 0.9)"],
    [
      rates({ ajvAllErrors: 500 }),
      "goal MISSED Rule valid: validate() / Ajv allErrors: 0.80 (goal >= 0.9)",
    ],
  ])("are missed by %j", (figures, missed) => {
    const lines: string[] = [];
    expect(reportGoals(validatorGoals(figures), (line) => lines.push(line))).toBe(1);
    expect(lines.filter((line) => line.startsWith("goal MISSED"))).toEqual([missed]);
  });
});
