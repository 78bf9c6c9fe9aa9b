import { type Client, createClient, type FetchLike } from "@zt-devices/client";
import type { CommandSpec } from "./_command-spec.js";
import { formatResult } from "./_output.js";
import type { PreparedCommand } from "./_prepare.js";
import { createProgress } from "./_progress.js";
import { bold, type Terminal } from "./_terminal.js";
import { UsageError } from "./_usage-error.js";

/** Where a command writes. */
export interface Output {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

interface PagedCall extends PromiseLike<unknown> {
  withResponse(): Promise<{ data: unknown; envelope: unknown }>;
  pages?(): AsyncIterable<{ items: unknown[] }>;
}

function methodOf(client: Client, call: string): (...args: unknown[]) => PagedCall {
  let node: unknown = client;
  for (const key of call.split(".")) node = (node as Record<string, unknown>)[key];
  if (typeof node !== "function") throw new Error(`the client has no method ${call}`);
  return node as (...args: unknown[]) => PagedCall;
}

/** Whether the envelope of a first page says there is more to fetch. */
function hasMore(envelope: unknown): boolean {
  const info = (envelope as { result_info?: Record<string, unknown> } | null)?.result_info;
  if (!info) return false;
  if (typeof info.cursor === "string" && info.cursor !== "") return true;
  const page = Number(info.page);
  const pages = Number(info.total_pages);
  return Number.isFinite(page) && Number.isFinite(pages) && page < pages;
}

/**
 * Sends a prepared command through `@zt-devices/client` and prints the result. With `--all` a
 * paginated list is walked page by page: as NDJSON with `--json` (each page printed as it
 * arrives), else as one table at the end, with progress on stderr when stderr is a terminal.
 * API errors are left to the caller.
 */
export async function executeCommand(
  command: CommandSpec,
  prepared: PreparedCommand,
  terminal: Terminal,
  out: Output,
  fetch?: FetchLike,
): Promise<void> {
  let client: Client;
  try {
    client = createClient({ ...prepared.connection, ...(fetch ? { fetch } : {}) });
  } catch (error) {
    // The client refuses settings it cannot use (a token with a stray space): the user's to fix.
    throw new UsageError((error as Error).message);
  }
  const { request, values } = prepared;
  const args = [
    ...request.path.map(([, value]) => value),
    ...(command.body ? [request.body] : []),
    { ...request.query },
  ];
  const call = methodOf(client, command.call)(...args);
  const json = values.json === true;
  const style = {
    width: terminal.width,
    header: (text: string) => bold(text, terminal.color.stdout),
  };
  if (values.all === true && call.pages) {
    const progress = createProgress(terminal.stderrTTY, out.stderr);
    const items: unknown[] = [];
    for await (const page of call.pages()) {
      if (json) out.stdout(page.items.map((item) => `${JSON.stringify(item)}\n`).join(""));
      else items.push(...page.items);
      progress.page(page.items.length);
    }
    progress.done();
    if (!json) show(formatResult(items, command.columns, { json, style }), out);
    return;
  }
  const { data, envelope } = await call.withResponse();
  show(formatResult(data, command.columns, { json, style }), out);
  if (command.pagination && terminal.stderrTTY && hasMore(envelope)) {
    out.stderr("More results: add --all to fetch every page.\n");
  }
}

function show(result: { stdout: string; note?: string }, out: Output): void {
  if (result.stdout) out.stdout(result.stdout);
  if (result.note) out.stderr(`${result.note}\n`);
}
