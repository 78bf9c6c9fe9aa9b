import type { Goal } from "../../../scripts/bench/goals.js";

/** Validations per second of each contender on one payload, measured in the same run. */
export interface PayloadRates {
  /** `SettingsPolicy valid`, `DevicePostureRule invalid`, ... */
  payload: string;
  valid: boolean;
  is: number;
  validate: number;
  zod: number;
  ajv: number;
  ajvAllErrors: number;
}

/**
 * The validators' goals on one payload: `validate()` at least 4 times zod 4's `safeParse()` on a
 * valid value and 20 times on an invalid one; `is()` at least 0.9 of Ajv's first-error function
 * and `validate()` at least 0.9 of Ajv's allErrors one, both compiled at run time.
 */
export function validatorGoals(rates: PayloadRates): Goal[] {
  return [
    {
      name: `${rates.payload}: validate() / zod safeParse()`,
      figure: rates.validate / rates.zod,
      bound: rates.valid ? 4 : 20,
      keep: ">=",
    },
    { name: `${rates.payload}: is() / Ajv`, figure: rates.is / rates.ajv, bound: 0.9, keep: ">=" },
    {
      name: `${rates.payload}: validate() / Ajv allErrors`,
      figure: rates.validate / rates.ajvAllErrors,
      bound: 0.9,
      keep: ">=",
    },
  ];
}
