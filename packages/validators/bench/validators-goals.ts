import type { Goal } from "../../../scripts/bench/goals.js";

/** Ratios of validations per second on one payload, each the median of same-round ratios. */
export interface PayloadRatios {
  /** `SettingsPolicy valid`, `DevicePostureRule invalid`, ... */
  payload: string;
  valid: boolean;
  /** `validate()` over zod 4's `safeParse()`. */
  validateOverZod: number;
  /** `is()` over Ajv's first-error function. */
  isOverAjv: number;
  /** `validate()` over Ajv's `allErrors` function. */
  validateOverAjvAllErrors: number;
}

/**
 * The validators' goals on one payload: `validate()` at least 4 times zod 4's `safeParse()` on a
 * valid value and 20 times on an invalid one; on a valid value `is()` and `validate()` at or above
 * Ajv (first-error and allErrors), on an invalid one at least 0.9 of them; Ajv compiled at run time.
 */
export function validatorGoals(ratios: PayloadRatios): Goal[] {
  const ajvBound = ratios.valid ? 1 : 0.9;
  return [
    {
      name: `${ratios.payload}: validate() / zod safeParse()`,
      figure: ratios.validateOverZod,
      bound: ratios.valid ? 4 : 20,
      keep: ">=",
    },
    {
      name: `${ratios.payload}: is() / Ajv`,
      figure: ratios.isOverAjv,
      bound: ajvBound,
      keep: ">=",
    },
    {
      name: `${ratios.payload}: validate() / Ajv allErrors`,
      figure: ratios.validateOverAjvAllErrors,
      bound: ajvBound,
      keep: ">=",
    },
  ];
}
