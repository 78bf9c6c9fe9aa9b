import type { Exchange } from "./api-promise.js";

/** How a list is paged: `page`/`per_page` numbers, or an opaque `cursor` in `result_info`. */
export type PaginationKind = "page" | "cursor";

/** One page of a list: its items, the whole envelope (with `result_info`) and the `Response`. */
export interface Page<Item, E = unknown> {
  items: Item[];
  envelope: E;
  response: Response;
}

interface ResultInfo {
  page?: unknown;
  per_page?: unknown;
  total_count?: unknown;
  total_pages?: unknown;
  cursor?: unknown;
}

/**
 * Walks a list page by page, starting from the request already made for the first page and
 * fetching the next with `fetchPage` (given the query to change: `page` or `cursor`). Stops at an
 * empty page, at the reported `total_pages`/`total_count`, at a page number the server did not
 * honour, at a page that repeats the one before (a server that ignores `page`), at a missing
 * cursor, at a cursor it has already seen, and after `maxPages` pages, so a misbehaving server
 * cannot make it loop.
 *
 * @example
 * ```ts
 * for await (const page of paginate(first, (query) => send({ ...params, ...query }), "cursor", params, 100)) {
 *   console.log(page.items.length);
 * }
 * ```
 */
export async function* paginate<Item, E>(
  first: Promise<Exchange<Item[], E>>,
  fetchPage: (query: { page?: number; cursor?: string }) => Promise<Exchange<Item[], E>>,
  kind: PaginationKind,
  params: Readonly<Record<string, unknown>>,
  maxPages: number,
): AsyncGenerator<Page<Item, E>, void, undefined> {
  let exchange = await first;
  let page = Number(params.page ?? 1);
  let count = 0;
  let previous: string | undefined;
  const seen = new Set<string>();
  if (typeof params.cursor === "string") seen.add(params.cursor);
  for (let walked = 1; ; walked++) {
    const items = exchange.data;
    if (!Array.isArray(items) || items.length === 0) return;
    const content = kind === "page" ? JSON.stringify(items) : undefined;
    if (content !== undefined && content === previous) return;
    previous = content;
    yield { items, envelope: exchange.envelope, response: exchange.response };
    if (walked >= maxPages) return;
    count += items.length;
    const info = infoOf(exchange.envelope);
    const perPage = numberOr(info.per_page, numberOr(params.per_page, items.length));
    if (kind === "page") {
      const totalPages = numberOr(info.total_pages, Infinity);
      const totalCount = numberOr(info.total_count, Infinity);
      if (page >= totalPages || page * perPage >= totalCount) return;
      if (info.page !== undefined && Number(info.page) !== page) return;
      page += 1;
      exchange = await fetchPage({ page });
    } else {
      if (count >= numberOr(info.total_count, Infinity)) return;
      const cursor = info.cursor;
      if (typeof cursor !== "string" || cursor === "" || seen.has(cursor)) return;
      seen.add(cursor);
      exchange = await fetchPage({ cursor });
    }
  }
}

function infoOf(envelope: unknown): ResultInfo {
  const info = (envelope as { result_info?: unknown } | null)?.result_info;
  return typeof info === "object" && info !== null ? info : {};
}

function numberOr(value: unknown, fallback: number): number {
  const n = typeof value === "string" ? Number(value) : value;
  return typeof n === "number" && Number.isFinite(n) ? n : fallback;
}
