import { renderRecord, renderTable, type TableStyle } from "./table.js";

/** What a result becomes: text for stdout, and a note for stderr when stdout stays empty. */
export interface FormattedResult {
  readonly stdout: string;
  readonly note?: string;
}

const PREFERRED = ["id", "name"];
const MAX_INFERRED = 6;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Columns for items the spec gave none for: scalar fields of the first items, id and name first. */
export function inferColumns(items: readonly unknown[]): string[] {
  const seen: string[] = [];
  for (const item of items.slice(0, 20)) {
    if (!isRecord(item)) continue;
    for (const [key, value] of Object.entries(item)) {
      if (!seen.includes(key) && (value === null || typeof value !== "object")) seen.push(key);
    }
  }
  const first = PREFERRED.filter((k) => seen.includes(k));
  return [...first, ...seen.filter((k) => !first.includes(k))].slice(0, MAX_INFERRED);
}

/**
 * Formats a command's result: with `json`, the unwrapped result as one JSON document; otherwise a
 * list of objects as a table (the spec's columns, else inferred ones), a list of scalars one per
 * line, an object as aligned `key  value` lines, and nothing (with a note) for an empty answer.
 *
 * @example
 * formatResult([{ id: "a1", name: "Disk" }], ["id", "name"], { json: false, style: { width: 80 } });
 * // { stdout: "ID  NAME\na1  Disk\n" }
 */
export function formatResult(
  result: unknown,
  columns: readonly string[] | undefined,
  options: { readonly json: boolean; readonly style: TableStyle },
): FormattedResult {
  if (options.json) return { stdout: `${JSON.stringify(result ?? null, null, 2)}\n` };
  if (result === undefined || result === null || result === "")
    return { stdout: "", note: "Done." };
  if (Array.isArray(result)) {
    if (result.length === 0) return { stdout: "", note: "No results." };
    if (result.every((item) => !isRecord(item) && !Array.isArray(item))) {
      return { stdout: `${result.map((item) => String(item)).join("\n")}\n` };
    }
    const chosen = columns && columns.length > 0 ? columns : inferColumns(result);
    return { stdout: renderTable(result, chosen, options.style) };
  }
  if (isRecord(result)) {
    return Object.keys(result).length === 0
      ? { stdout: "", note: "Done." }
      : { stdout: renderRecord(result, options.style) };
  }
  return { stdout: `${String(result)}\n` };
}
