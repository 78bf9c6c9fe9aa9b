import { CHANGE_CLASSES, type Change, type ChangeClass } from "./change.js";
import type { Base } from "./git-base.js";
import { type Bump, summarizeBump } from "./summarize-bump.js";

const HEADINGS: Record<ChangeClass, string> = {
  breaking: "Breaking",
  minor: "Minor",
  patch: "Patch",
};

/** Describes the compared ref in one phrase, e.g. "@zt-devices/types@1.2.0 (3f2c1a9b)". */
export function describeBase(base: Base): string {
  return `${base.ref} (${base.commit.slice(0, 8)})`;
}

/**
 * Renders changes as a list grouped by class, each with its pointer, ending with the bump.
 *
 * @example
 * formatReport(changes, { ref: "HEAD~1", commit: "3f2c1a9b..." });
 * // "Spec changes since HEAD~1 (3f2c1a9b):\n\nBreaking (1)\n  - operation ... removed\n ..."
 */
export function formatReport(changes: readonly Change[], base: Base): string {
  const bump: Bump = summarizeBump(changes);
  if (bump === "none") return `No spec changes since ${describeBase(base)}.\n`;
  const lines = [`Spec changes since ${describeBase(base)}:`];
  for (const cls of CHANGE_CLASSES) {
    const group = changes.filter((c) => c.class === cls);
    if (group.length === 0) continue;
    lines.push("", `${HEADINGS[cls]} (${group.length})`);
    for (const change of group) lines.push(`  - ${change.message}`, `    ${change.pointer}`);
  }
  lines.push("", `Bump: ${bump}`);
  return `${lines.join("\n")}\n`;
}
