import { badRequest } from "./_failure.js";

/** One page of a list and its `result_info`. */
export interface Paged<T> {
  result: T[];
  resultInfo: Record<string, unknown>;
}

function positiveInteger(query: Readonly<Record<string, unknown>>, name: string, fallback: number) {
  const value = query[name];
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1) {
    throw badRequest(`/query/${name} must be a whole number >= 1`);
  }
  return value;
}

/** A whole, unpaginated list, with the `result_info` the API sends beside it. */
export function wholeList<T>(items: T[]): Paged<T> {
  const n = items.length;
  return {
    result: items,
    resultInfo: { count: n, page: 1, per_page: Math.max(n, 20), total_count: n },
  };
}

/**
 * One page of `items` by `page` and `per_page` (1-based; default 20 a page). `withTotalPages`
 * adds `total_pages`, as the newer endpoints do.
 */
export function pageOf<T>(
  items: T[],
  query: Readonly<Record<string, unknown>>,
  options: { perPage?: number; withTotalPages?: boolean } = {},
): Paged<T> {
  const perPage = positiveInteger(query, "per_page", options.perPage ?? 20);
  const page = positiveInteger(query, "page", 1);
  const result = items.slice((page - 1) * perPage, page * perPage);
  const resultInfo: Record<string, unknown> = {
    count: result.length,
    page,
    per_page: perPage,
    total_count: items.length,
  };
  if (options.withTotalPages) resultInfo.total_pages = Math.ceil(items.length / perPage);
  return { result, resultInfo };
}

const CURSOR = /^c1\.(\d{1,9})$/;

// base64url by hand: `Buffer` is Node-only and the handlers also run in browsers.
function encodeCursor(offset: number): string {
  return btoa(`c1.${offset}`).replaceAll("+", "-").replaceAll("/", "_").replaceAll("=", "");
}

function decodeCursor(cursor: unknown): number {
  if (cursor === undefined || cursor === "") return 0;
  let text = "";
  try {
    text = atob(String(cursor).replaceAll("-", "+").replaceAll("_", "/"));
  } catch {
    // Not base64 at all: reported below like any other foreign cursor.
  }
  const match = CURSOR.exec(text);
  if (!match) throw badRequest("/query/cursor is not a cursor this API gave out");
  return Number(match[1]);
}

/**
 * One page of `items` after the opaque `cursor` (default 10 a page). The next cursor is empty on
 * the last page; `total_count` is null, as the API does not count these lists.
 */
export function cursorPageOf<T>(items: T[], query: Readonly<Record<string, unknown>>): Paged<T> {
  const perPage = positiveInteger(query, "per_page", 10);
  const offset = decodeCursor(query.cursor);
  const result = items.slice(offset, offset + perPage);
  const next = offset + perPage < items.length ? encodeCursor(offset + perPage) : "";
  return {
    result,
    resultInfo: { count: result.length, cursor: next, per_page: perPage, total_count: null },
  };
}
