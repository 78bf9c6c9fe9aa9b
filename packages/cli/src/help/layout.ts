/** Breaks prose into lines of at most `width` characters (a longer word gets a line of its own). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === "" ? word : `${line} ${word}`;
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}

/**
 * Two aligned columns, as help lists commands and options: the left one as wide as its longest
 * entry (within reason), the right one wrapped to what is left of `width`.
 */
export function columns(
  rows: readonly (readonly [left: string, right: string])[],
  width: number,
): string {
  const left = Math.min(32, Math.max(0, ...rows.map(([l]) => l.length)));
  const right = Math.max(30, width - left - 4);
  const out: string[] = [];
  for (const [l, r] of rows) {
    const wrapped = wrap(r, right);
    const pad = " ".repeat(left + 4);
    if (l.length > left) {
      out.push(`  ${l}`);
      for (const w of wrapped) out.push(`${pad}${w}`);
      continue;
    }
    out.push(`  ${l.padEnd(left)}  ${wrapped[0] ?? ""}`.trimEnd());
    for (const w of wrapped.slice(1)) out.push(`${pad}${w}`);
  }
  return out.join("\n");
}
