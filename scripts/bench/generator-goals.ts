import type { Goal } from "./goals.js";

/** One row of the generators benchmark: a spec size and the medians measured on it. */
export interface GeneratorRow {
  factor: number;
  paths: number;
  operations: number;
  /** Command: openapi-typescript's process (floor) and ours, in ms. */
  cli: { floor: number; ours: number };
  /** In process, warm: openapi-typescript's function (floor) and ours, in ms. */
  warm: { floor: number; ours: number };
}

/** Paths of the whole Cloudflare API: from this size on, the looser bound applies. */
export const WHOLE_API_PATHS = 965;

/** Generating every package of a spec the size of the whole API takes at most this many times openapi-typescript. */
export const WHOLE_API_RATIO = 2;

/**
 * The goals of `decisions/generator-speed.md`: on every spec, generating every package (the
 * command) takes at most 1.5 times what openapi-typescript alone takes, at most 2 times on a spec
 * the size of the whole Cloudflare API; and it grows no faster than the spec: the largest spec's
 * in-process time per operation at most 1.25 times the first's (the record reads figures as
 * ±20%).
 */
export function generatorGoals(rows: readonly GeneratorRow[]): Goal[] {
  const goals: Goal[] = rows.map((row) => ({
    name: `${row.factor}x (${row.paths} paths): all packages / openapi-typescript, command`,
    figure: row.cli.ours / row.cli.floor,
    bound: row.paths >= WHOLE_API_PATHS ? WHOLE_API_RATIO : 1.5,
    keep: "<=",
  }));
  const first = rows[0];
  const last = rows.at(-1);
  if (first && last && last !== first) {
    goals.push({
      name: `ms per operation in process, ${last.factor}x / ${first.factor}x`,
      figure: last.warm.ours / last.operations / (first.warm.ours / first.operations),
      bound: 1.25,
      keep: "<=",
    });
  }
  return goals;
}

/** What the benchmark measured on a foreign spec (one written without our extensions). */
export interface ForeignRow {
  /** The command, ours against openapi-typescript's, in ms. */
  cli: { floor: number; ours: number };
  /** Whether every package generated from it type-checks. */
  typeChecks: boolean;
}

/**
 * The goals on a foreign spec, such as Cloudflare's whole OpenAPI: the command takes at most
 * `WHOLE_API_RATIO` times openapi-typescript, and every generated package type-checks (0 failed
 * checks). None when no foreign spec was at hand: nothing was measured, so nothing is held.
 */
export function foreignSpecGoals(row: ForeignRow | undefined): Goal[] {
  if (!row) return [];
  return [
    {
      name: "foreign spec: generated packages / openapi-typescript, command",
      figure: row.cli.ours / row.cli.floor,
      bound: WHOLE_API_RATIO,
      keep: "<=",
    },
    {
      name: "foreign spec: generated packages failing to type-check",
      figure: row.typeChecks ? 0 : 1,
      bound: 0,
      keep: "<=",
      digits: 0,
    },
  ];
}
