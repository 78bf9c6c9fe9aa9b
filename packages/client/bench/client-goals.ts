import type { Goal } from "../../../scripts/bench/goals.js";

/**
 * The client's goals: a program listing posture rules, bundled, within its gzip budget; a resource
 * call at least 0.9 of a raw `fetch` + `JSON.parse` of the same answer; and a cold import of the
 * built package at most 1.15 times `node -e 0`.
 */
export function clientGoals(figures: {
  calls: number;
  coldImport: number;
  bytes: number;
  budget: number;
}): Goal[] {
  return [
    {
      name: "list-posture program bundle, bytes gzip",
      figure: figures.bytes,
      bound: figures.budget,
      keep: "<=",
      digits: 0,
    },
    {
      name: "zt.posture.list() calls/s / raw fetch + JSON.parse",
      figure: figures.calls,
      bound: 0.9,
      keep: ">=",
    },
    {
      name: "node dist/index.js / node -e 0",
      figure: figures.coldImport,
      bound: 1.15,
      keep: "<=",
      digits: 3,
    },
  ];
}
