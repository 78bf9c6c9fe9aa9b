/**
 * A short, readable account of how a file on disk differs from what was generated: whether it is
 * missing, and the first lines that differ, with their line numbers.
 */
export function describeDifference(
  path: string,
  before: string | undefined,
  after: string,
): string {
  if (before === undefined)
    return `  ${path}: missing (would be created, ${lineCount(after)} lines)`;
  const a = before.split("\n");
  const b = after.split("\n");
  const shown: string[] = [];
  let differing = 0;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] === b[i]) continue;
    differing++;
    if (shown.length < 6) {
      shown.push(`    line ${i + 1}:`, `      - ${clip(a[i])}`, `      + ${clip(b[i])}`);
    }
  }
  return [
    `  ${path}: ${differing} lines differ (${a.length} on disk, ${b.length} generated)`,
    ...shown,
  ].join("\n");
}

function clip(line: string | undefined): string {
  if (line === undefined) return "(no line)";
  return line.length > 100 ? `${line.slice(0, 97)}...` : line;
}

function lineCount(text: string): number {
  return text.split("\n").length;
}

/** The line `--check` prints for a `*.gen.ts` file that no generator writes any more. */
export function describeLeftover(path: string): string {
  return `  ${path}: no longer generated (would be removed)`;
}
