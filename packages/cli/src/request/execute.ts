import { type Client, createClient, type FetchLike } from "@zt-devices/client";
import { UsageError } from "../args/usage-error.js";
import type { CommandSpec } from "../commands/command-spec.js";
import { formatResult } from "../output/output.js";
import { createProgress } from "../output/progress.js";
import { bold, type Terminal } from "../output/terminal.js";
import type { PreparedCommand } from "./prepare.js";

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

/**
 * What to tell the user when the page printed is not the last: the flag that fetches every page,
 * and the one that fetches the next (`--cursor` or `--page`); undefined on the last page.
 */
export function moreResults(envelope: unknown): string | undefined {
  const info = (envelope as { result_info?: Record<string, unknown> } | null)?.result_info;
  if (!info) return undefined;
  const all = "add --all to fetch every page";
  if (typeof info.cursor === "string" && info.cursor !== "")
    return `More results: ${all}, or --cursor ${info.cursor} for the next one.`;
  const page = Number(info.page);
  const count = Number(info.count);
  const perPage = Number(info.per_page);
  const total = Number(info.total_count);
  let pages = Number(info.total_pages);
  if (!Number.isFinite(pages) && perPage > 0 && Number.isFinite(total))
    pages = Math.ceil(total / perPage);
  const more = Number.isFinite(pages) ? page < pages : perPage > 0 && count === perPage;
  return Number.isFinite(page) && more
    ? `More results: ${all}, or --page ${page + 1} for the next one.`
    : undefined;
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
  // On stderr whatever stdout is: a script reading a page must not mistake it for the whole list.
  const more = command.pagination ? moreResults(envelope) : undefined;
  if (more) out.stderr(`${more}\n`);
}

function show(result: { stdout: string; note?: string }, out: Output): void {
  if (result.stdout) out.stdout(result.stdout);
  if (result.note) out.stderr(`${result.note}\n`);
}
