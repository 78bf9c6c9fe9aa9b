import { UsageError } from "../args/usage-error.js";

/** One request that changed the mock's state, with the time it was made. */
export interface JournalEntry {
  readonly at: string;
  readonly method: string;
  readonly path: string;
  /** The query string without its `?`. */
  readonly query: string;
  readonly body?: string;
}

/** What `--mock-state` keeps: the seed and every change since, replayed on the next run. */
export interface MockJournal {
  readonly seed: number;
  readonly entries: readonly JournalEntry[];
}

const FORMAT = "zt-devices mock state";
const VERSION = 1;

/** The journal as the state file holds it: one JSON document, one entry per line for diffs. */
export function serializeJournal(journal: MockJournal): string {
  const head = JSON.stringify({ format: FORMAT, version: VERSION, seed: journal.seed });
  const lines = journal.entries.map((e) => `    ${JSON.stringify(e)}`);
  return `${head.slice(0, -1)},\n  "entries": [${lines.length > 0 ? `\n${lines.join(",\n")}\n  ` : ""}]\n}\n`;
}

function isEntry(value: unknown): value is JournalEntry {
  const e = value as Record<string, unknown> | null;
  return (
    typeof e === "object" &&
    e !== null &&
    ["at", "method", "path", "query"].every((k) => typeof e[k] === "string") &&
    (e.body === undefined || typeof e.body === "string")
  );
}

/**
 * Reads a state file's text; `undefined` text (no file yet) is a fresh journal with `seed`.
 * Anything else that is not a journal this version wrote fails naming the file.
 */
export function parseJournal(text: string | undefined, file: string, seed: number): MockJournal {
  if (text === undefined) return { seed, entries: [] };
  let value: Record<string, unknown>;
  try {
    value = JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw new UsageError(
      `--mock-state: ${file} is not JSON; delete it to start from fresh mock data`,
    );
  }
  if (value?.format !== FORMAT || !Array.isArray(value.entries) || typeof value.seed !== "number") {
    throw new UsageError(`--mock-state: ${file} is not a zt-devices mock state file`);
  }
  if (value.version !== VERSION) {
    throw new UsageError(
      `--mock-state: ${file} was written by another version (${String(value.version)}); delete it to start over`,
    );
  }
  const bad = value.entries.findIndex((e) => !isEntry(e));
  if (bad !== -1)
    throw new UsageError(
      `--mock-state: entry ${bad} of ${file} is damaged; delete the file to start over`,
    );
  return { seed: value.seed, entries: value.entries as JournalEntry[] };
}
