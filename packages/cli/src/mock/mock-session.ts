import type { FetchLike } from "@zt-devices/client";
import { createMock, createStore } from "@zt-devices/mocks";
import { acquireFileLock, type HeldLock, unlinkQuietly } from "./file-lock.js";
import { type JournalEntry, parseJournal, serializeJournal } from "./mock-journal.js";
import { letSignalsIn, onInterrupt } from "./on-interrupt.js";
import { readStateFile, temporaryOf, writeStateFile } from "./state-file.js";

/** The embedded mock for one run: a `fetch` that answers in-process, and how to keep its state. */
export interface MockSession {
  readonly fetch: FetchLike;
  /** Changes of the state file the mock refused on replay: it changed since they were made. */
  readonly stale: number;
  /**
   * Writes the state file, if there is one and this run changed something. Ctrl-C received
   * before it stops the run here, keeping nothing of it.
   */
  save(): Promise<void>;
  /** Releases the state file's lock, if this run holds it. */
  close(): void;
}

const SEED = 1;
/** Entries replayed between two chances for Ctrl-C to be handled (a few milliseconds of work). */
const REPLAY_SLICE = 64;

/**
 * Starts the stateful mock of `@zt-devices/mocks` in-process. With a state file, the changes of
 * earlier runs are replayed first (same seed, same clock, so the same ids and timestamps), and
 * this run's successful changes are appended when it saves. A run that `writes` holds the file's
 * lock from before it reads the file until `close`, so parallel runs take turns: the ids a run
 * prints are the ids the file keeps. The file is replaced atomically and keeps its mode.
 */
export async function openMockSession(
  statePath: string | undefined,
  options: { writes: boolean } = { writes: true },
): Promise<MockSession> {
  let lock: HeldLock | undefined;
  let unwatch = () => {};
  const close = () => {
    // Released before the signals are let go: no moment holds the lock without a clean-up.
    lock?.release();
    unwatch();
  };
  try {
    if (statePath && options.writes) {
      readStateFile(statePath, true); // a path that cannot be used fails before the lock is made
      // Watched from before the lock exists, so Ctrl-C at any moment removes the lock and any
      // half-written file, then stops as interrupted. The state file is only replaced whole.
      unwatch = onInterrupt(() => {
        unlinkQuietly(temporaryOf(statePath));
        lock?.release();
      });
      lock = await acquireFileLock(statePath);
    }
    const journal = statePath
      ? parseJournal(readStateFile(statePath, options.writes), statePath, SEED)
      : { seed: SEED, entries: [] };
    return await replayed(journal, statePath, close);
  } catch (error) {
    close();
    throw error;
  }
}

async function replayed(
  journal: { seed: number; entries: readonly JournalEntry[] },
  statePath: string | undefined,
  close: () => void,
): Promise<MockSession> {
  let at: string | undefined;
  const store = createStore({ seed: journal.seed, now: () => (at ? new Date(at) : new Date()) });
  const mock = createMock({ store });
  let stale = 0;
  for (const [index, entry] of journal.entries.entries()) {
    if (index % REPLAY_SLICE === REPLAY_SLICE - 1) await letSignalsIn();
    at = entry.at;
    const answer = await mock.handle({
      method: entry.method,
      path: entry.path,
      query: new URLSearchParams(entry.query),
      headers: { authorization: "Bearer mock" },
      body: entry.body,
    });
    if (answer.status >= 300) stale += 1;
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
    async save() {
      if (!statePath || added.length === 0) return;
      await letSignalsIn();
      // Under the lock nobody else saved since this run read the file; reading it again keeps
      // the changes of a run that wrote without the lock (an older version).
      const current = parseJournal(readStateFile(statePath, true), statePath, journal.seed);
      const entries = [...current.entries, ...added];
      writeStateFile(statePath, serializeJournal({ seed: current.seed, entries }));
      added.length = 0;
    },
    close,
  };
}
