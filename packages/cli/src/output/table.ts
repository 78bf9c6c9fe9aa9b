/** How a table is laid out: the width to fit (Infinity for none) and how headers are styled. */
export interface TableStyle {
  readonly width: number;
  readonly header?: (text: string) => string;
}

const GAP = "  ";
const MIN_WIDTH = 4;

/** A value as one line of a table cell: strings as they are, `null` empty, objects as compact JSON. */
export function cellText(value: unknown): string {
  if (value === undefined || value === null) return "";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.replace(/\s*[\r\n]+\s*/g, " ");
}

/** The value at a dotted column name: `last_seen_user.email`. */
export function valueAt(row: unknown, column: string): unknown {
  let node = row;
  for (const key of column.split(".")) {
    node =
      typeof node === "object" && node !== null
        ? (node as Record<string, unknown>)[key]
        : undefined;
  }
  return node;
}

function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`;
}

/** Whether a column holds ids (`id`, `policy_id`, `last_seen_user.id`): those are never cut. */
export function isIdColumn(column: string): boolean {
  return /(^|[._])id$/i.test(column);
}

/**
 * Lays rows out as aligned columns under upper-case headers. When the natural widths do not fit
 * `style.width`, the widest descriptive columns shrink first (never below a few characters) and
 * their cells end in `…`; id columns are never cut, so what is shown can be used in a command.
 * The last column is never padded.
 *
 * @example
 * renderTable([{ id: "a1", name: "Disk" }], ["id", "name"], { width: 80 });
 * // "ID  NAME\na1  Disk\n"
 */
export function renderTable(
  rows: readonly unknown[],
  columns: readonly string[],
  style: TableStyle,
): string {
  const headers = columns.map((c) => c.toUpperCase());
  const cells = rows.map((row) => columns.map((c) => cellText(valueAt(row, c))));
  const widths = headers.map((h, i) =>
    Math.max(h.length, ...cells.map((r) => (r[i] as string).length)),
  );
  let excess = widths.reduce((a, b) => a + b, 0) + GAP.length * (columns.length - 1) - style.width;
  const shrinkable = columns.map((c) => !isIdColumn(c));
  // One character at a time from the widest descriptive column: simple, and tables are small.
  while (excess > 0) {
    let widest = -1;
    for (let i = 0; i < widths.length; i++) {
      if (shrinkable[i] && (widest < 0 || (widths[i] as number) > (widths[widest] as number)))
        widest = i;
    }
    if (widest < 0 || (widths[widest] as number) <= MIN_WIDTH) break;
    widths[widest] = (widths[widest] as number) - 1;
    excess -= 1;
  }
  const line = (texts: readonly string[], style?: (text: string) => string) =>
    texts
      .map((text, i) => {
        const fitted = truncate(text, widths[i] as number);
        const padded = i === texts.length - 1 ? fitted : fitted.padEnd(widths[i] as number);
        return style ? style(padded) : padded;
      })
      .join(GAP)
      .trimEnd();
  return `${[line(headers, style.header), ...cells.map((r) => line(r))].join("\n")}\n`;
}

/**
 * Lays an object out as `key  value` lines, keys aligned; nested values as compact JSON cut to
 * `style.width`.
 *
 * @example
 * renderRecord({ id: "a1", enabled: true }, { width: 80 }); // "id       a1\nenabled  true\n"
 */
export function renderRecord(record: Readonly<Record<string, unknown>>, style: TableStyle): string {
  const keys = Object.keys(record);
  const width = Math.max(0, ...keys.map((k) => k.length));
  const lines = keys.map((key) => {
    const label = key.padEnd(width);
    const value = truncate(
      cellText(record[key]),
      Math.max(MIN_WIDTH, style.width - width - GAP.length),
    );
    return `${style.header ? style.header(label) : label}${GAP}${value}`.trimEnd();
  });
  return lines.length > 0 ? `${lines.join("\n")}\n` : "";
}
