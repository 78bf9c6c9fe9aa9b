import type { Change } from "./change.js";

/** The release a set of changes calls for; `none` when there is nothing to release. */
export type Bump = "major" | "minor" | "patch" | "none";

/**
 * The bump for the fixed group of generated packages: major if anything breaks, else minor if
 * anything was added, else patch for documentation-only changes.
 *
 * @example
 * summarizeBump([{ class: "minor", kind: "operation-added", pointer: "/paths/~1a/get", message: "" }]); // "minor"
 */
export function summarizeBump(changes: readonly Change[]): Bump {
  if (changes.some((c) => c.class === "breaking")) return "major";
  if (changes.some((c) => c.class === "minor")) return "minor";
  return changes.length > 0 ? "patch" : "none";
}
