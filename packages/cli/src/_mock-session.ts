import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { FetchLike } from "@zt-devices/client";
import { createMock, createStore } from "@zt-devices/mocks";
import { withFileLock } from "./_file-lock.js";
import { type JournalEntry, parseJournal, serializeJournal } from "./_mock-journal.js";

/** The embedded mock for one run: a `fetch` that answers in-process, and how to keep its state. */
export interface MockSession {
  readonly fetch: FetchLike;
  /** Changes of the state file the mock refused on replay: it changed since they were made. */
  readonly stale: number;
  /** Writes the state file, if there is one. */
  save(): void;
}

const SEED = 1;

function readState(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    if ((error as { code?: string }).code === "ENOENT") return undefined;
    throw error;
  }
}

/**
 * Starts the stateful mock of `@zt-devices/mocks` in-process. With a state file, the changes of
 * earlier runs are replayed first (same seed, same clock, so the same ids and timestamps), and
 * this run's successful changes are appended when it saves: the file is a journal, written
 * atomically (a temporary file renamed over it), under a lock, to what the file holds by then, so
 * runs at the same time lose none of each other's changes.
 */
export async function openMockSession(statePath: string | undefined): Promise<MockSession> {
  const journal = statePath
    ? parseJournal(readState(statePath), statePath, SEED)
    : { seed: SEED, entries: [] };
  let at: string | undefined;
  const store = createStore({ seed: journal.seed, now: () => (at ? new Date(at) : new Date()) });
  const mock = createMock({ store });
  let stale = 0;
  for (const entry of journal.entries) {
    at = entry.at;
    const replayed = await mock.handle({
      method: entry.method,
      path: entry.path,
      query: new URLSearchParams(entry.query),
      headers: { authorization: "Bearer mock" },
      body: entry.body,
    });
    if (replayed.status >= 300) stale += 1;
  }
  at = undefined;
  const added: JournalEntry[] = [];
  const fetch: FetchLike = async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const body = request.body ? await request.text() : undefined;
    const entry = {
      at: new Date().toISOString(),
      method: request.method,
      path: url.pathname,
      query: url.search.slice(1),
      ...(body ? { body } : {}),
    };
    at = entry.at;
    const answer = await mock.handle({
      method: entry.method,
      path: entry.path,
      query: url.searchParams,
      headers: Object.fromEntries(request.headers),
      body,
    });
    at = undefined;
    if (answer.drop) throw new TypeError("fetch failed: the mock dropped the connection");
    if (answer.status < 300 && entry.method !== "GET") added.push(entry);
    return new Response(answer.body === "" ? null : answer.body, {
      status: answer.status,
      headers: answer.headers,
    });
  };
  return {
    fetch,
    stale,
    save() {
      if (!statePath || added.length === 0) return;
      mkdirSync(dirname(statePath), { recursive: true });
      withFileLock(statePath, () => {
        // Another run may have saved since this one read the file: keep its changes, add ours.
        const current = parseJournal(readState(statePath), statePath, journal.seed);
        const temporary = `${statePath}.${process.pid}.tmp`;
        writeFileSync(
          temporary,
          serializeJournal({ seed: current.seed, entries: [...current.entries, ...added] }),
        );
        renameSync(temporary, statePath);
      });
    },
  };
}
