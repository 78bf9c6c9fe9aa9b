import type { Goal } from "../../../scripts/bench/goals.js";

/** What the mock server benchmark measures, each a ratio to plain node:http in the same run. */
export interface ServerFigures {
  /** GET requests per second, mock / plain (both driven by the same load client). */
  getRate: number;
  /** GET requests a core serves, mock / plain: plain's CPU time per request over the mock's. */
  getCpu: number;
  /** Start to first answer, mock binary / plain server. */
  start: number;
}

/**
 * The mock server's goals: GET at least 0.6 of plain node:http, in requests per second and in what
 * one core serves (the server's own CPU time per request, which the load client cannot cap), and
 * start-up to the first answer at most twice plain's.
 */
export function serverGoals(figures: ServerFigures): Goal[] {
  return [
    {
      name: "GET requests/s, mock / plain node:http",
      figure: figures.getRate,
      bound: 0.6,
      keep: ">=",
    },
    {
      name: "GET requests per CPU second, mock / plain node:http",
      figure: figures.getCpu,
      bound: 0.6,
      keep: ">=",
    },
    {
      name: "start to first answer, mock / plain node:http",
      figure: figures.start,
      bound: 2,
      keep: "<=",
    },
  ];
}
