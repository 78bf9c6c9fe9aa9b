import type { PlannedRead } from "./plan-reads.js";
import { idFor } from "./plan-reads.js";
import type { ReadOperation } from "./read-operations.js";
import type { Disagreement, Failure, Skip, VerifyReport } from "./verify-report.js";

/** One answer of the API: its status and parsed body, and the request as the report names it. */
export interface ReadAnswer {
  readonly status: number;
  readonly body: unknown;
  /** Path and query, e.g. `/accounts/…/devices/posture?page=2`. */
  readonly request: string;
}

/** Sends one GET; throws when there is no answer (network failure, a body that is not JSON). */
export type ReadFetch = (
  operation: ReadOperation,
  path: Readonly<Record<string, string>>,
  query: Readonly<Record<string, unknown>>,
) => Promise<ReadAnswer>;

/** Checks an answer's body against the spec; returns each issue with its JSON pointer. */
export type AnswerCheck = (
  operationId: string,
  status: number,
  body: unknown,
) => Promise<readonly { pointer: string; message: string; keyword: string }[]>;

/** What `verifyAccount` needs. */
export interface VerifyOptions {
  readonly plan: readonly PlannedRead[];
  readonly fetch: ReadFetch;
  readonly check: AnswerCheck;
  /** Whether zone-scoped reads can run (a zone was given). */
  readonly hasZone: boolean;
  /** Pages followed per list at most. Default 1000. */
  readonly maxPages?: number;
  /** Called after each answer, for progress. */
  readonly onAnswer?: (operationId: string) => void;
}

type Info = { page?: unknown; per_page?: unknown; total_pages?: unknown; cursor?: unknown };

/** The query of the page after `answer`, or `undefined` on the last page. */
function nextPage(op: ReadOperation, query: Record<string, unknown>, body: unknown) {
  const { result, result_info: info = {} } = (body ?? {}) as {
    result?: unknown;
    result_info?: Info;
  };
  const items = Array.isArray(result) ? result.length : 0;
  if (op.pagination === "cursor") {
    const cursor = info.cursor;
    if (typeof cursor !== "string" || cursor === "" || cursor === query.cursor) return undefined;
    return { ...query, cursor };
  }
  const page = typeof query.page === "number" ? query.page : 1;
  if (typeof info.total_pages === "number") {
    return page < info.total_pages ? { ...query, page: page + 1 } : undefined;
  }
  const perPage = typeof info.per_page === "number" ? info.per_page : items;
  return items > 0 && items >= perPage ? { ...query, page: page + 1 } : undefined;
}

/**
 * Calls every planned read of an account and checks each answer against the spec: every page
 * of each list, then a get of the first record each list gave for every get by id. Only GETs
 * are sent. Disagreements carry the operationId and the JSON pointer of each issue.
 */
export async function verifyAccount(options: VerifyOptions): Promise<VerifyReport> {
  const maxPages = options.maxPages ?? 1000;
  const checked: Record<string, number> = {};
  const disagreements: Disagreement[] = [];
  const failures: Failure[] = [];
  const skipped: Skip[] = [];
  const firstRecords = new Map<string, unknown>();

  async function call(
    op: ReadOperation,
    path: Record<string, string>,
    query: Record<string, unknown>,
  ) {
    let answer: ReadAnswer;
    try {
      answer = await options.fetch(op, path, query);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      failures.push({ operationId: op.operationId, request: op.path, message });
      return undefined;
    }
    options.onAnswer?.(op.operationId);
    checked[op.operationId] = (checked[op.operationId] ?? 0) + 1;
    const { status, body, request } = answer;
    for (const issue of await options.check(op.operationId, status, body)) {
      const { pointer, message, keyword } = issue;
      disagreements.push({
        operationId: op.operationId,
        request,
        status,
        pointer,
        message,
        keyword,
      });
    }
    if (status < 200 || status > 299) {
      failures.push({ operationId: op.operationId, request, status, message: errorText(body) });
      return undefined;
    }
    return body;
  }

  for (const read of options.plan) {
    const op = read.operation;
    if (op.scope === "zone_id" && !options.hasZone) {
      skipped.push({ operationId: op.operationId, reason: "acts on a zone: pass --zone-id" });
      continue;
    }
    if (!read.source) {
      let query: Record<string, unknown> | undefined = { ...read.query };
      for (let page = 0; query && page < maxPages; page++) {
        const body = await call(op, {}, query);
        const result = (body as { result?: unknown } | undefined)?.result;
        if (Array.isArray(result) && result.length > 0 && !firstRecords.has(op.operationId))
          firstRecords.set(op.operationId, result[0]);
        query = body === undefined || !op.pagination ? undefined : nextPage(op, query, body);
      }
      if (query) {
        const reason = `stopped after ${maxPages} pages; later pages were not checked`;
        skipped.push({ operationId: op.operationId, reason });
      }
      continue;
    }
    const { list, param } = read.source;
    const id = idFor(firstRecords.get(list), param);
    if (id === undefined) {
      skipped.push({ operationId: op.operationId, reason: `${list} gave no record to get` });
      continue;
    }
    await call(op, { [param]: id }, { ...read.query });
  }
  return { checked, disagreements, failures, skipped };
}

function errorText(body: unknown): string {
  const errors = (body as { errors?: unknown } | null)?.errors;
  if (!Array.isArray(errors) || errors.length === 0) return "the API answered with an error";
  return errors
    .map((e: { code?: unknown; message?: unknown }) => `${String(e.code)}: ${String(e.message)}`)
    .join("; ");
}
