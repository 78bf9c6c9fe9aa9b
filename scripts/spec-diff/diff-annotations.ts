import { type DiffContext, report } from "./diff-context.js";
import { childPointer, isObject } from "./located.js";
import { sameJson } from "./same-json.js";

const PROSE = ["summary", "title", "description"] as const;
const EXAMPLES = ["example", "examples", "x-example"] as const;

/** Where two versions of one spec object live, and how to name it in a message. */
export interface Pair {
  before: unknown;
  after: unknown;
  beforePointer: string;
  afterPointer: string;
  /** Names the object in messages, e.g. "the request body of updateDevice". */
  where: string;
}

/**
 * Reports changed prose (summary, title, description) and examples as patch changes, and a newly
 * set `deprecated: true` as minor: semver asks for a minor release when something is deprecated.
 */
export function diffAnnotations(ctx: DiffContext, pair: Pair): void {
  const { before, after } = pair;
  if (!isObject(before) || !isObject(after)) return;
  const at = (key: string) =>
    key in after ? childPointer(pair.afterPointer, key) : childPointer(pair.beforePointer, key);
  for (const key of PROSE) {
    if (!sameJson(before[key], after[key])) {
      report(ctx, "patch", "description-changed", at(key), `${key} of ${pair.where} changed`);
    }
  }
  for (const key of EXAMPLES) {
    if (!sameJson(before[key], after[key])) {
      report(ctx, "patch", "example-changed", at(key), `${key} of ${pair.where} changed`);
    }
  }
  if (after.deprecated === true && before.deprecated !== true) {
    report(ctx, "minor", "deprecated", at("deprecated"), `${pair.where} deprecated`);
  }
}
