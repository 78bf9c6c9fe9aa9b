import { CHANGE_CLASSES, type Change } from "./change.js";
import { describeBase } from "./format-report.js";
import type { Base } from "./git-base.js";
import { summarizeBump } from "./summarize-bump.js";

/** The packages generated from the spec; one `fixed` group in .changeset/config.json. */
export const GENERATED_PACKAGES = [
  "@zt-devices/cli",
  "@zt-devices/client",
  "@zt-devices/mocks",
  "@zt-devices/types",
  "@zt-devices/validators",
] as const;

/**
 * Where the draft for a comparison with `base` goes. It is named after the base commit only:
 * the list is cumulative from there, so a later run supersedes an earlier one and overwrites it.
 */
export function changesetPath(base: Base): string {
  return `.changeset/spec-${base.commit.slice(0, 8)}.md`;
}

/**
 * Drafts a changeset bumping every generated package by the bump the changes call for, with
 * the change list as its summary; `undefined` when there is nothing to release.
 *
 * @example
 * renderChangeset(changes, { ref: "HEAD~1", commit: "3f2c1a9b..." });
 * // "---\n\"@zt-devices/cli\": minor\n...---\n\nSpec changes since HEAD~1 (3f2c1a9b):\n..."
 */
export function renderChangeset(changes: readonly Change[], base: Base): string | undefined {
  const bump = summarizeBump(changes);
  if (bump === "none") return undefined;
  const lines = ["---", ...GENERATED_PACKAGES.map((name) => `"${name}": ${bump}`), "---", ""];
  lines.push(`Spec changes since ${describeBase(base)}:`);
  for (const cls of CHANGE_CLASSES) {
    const group = changes.filter((c) => c.class === cls);
    if (group.length === 0) continue;
    lines.push("", `${cls[0]?.toUpperCase()}${cls.slice(1)}:`, "");
    for (const change of group) lines.push(`- ${change.message} (\`${change.pointer}\`)`);
  }
  return `${lines.join("\n")}\n`;
}
