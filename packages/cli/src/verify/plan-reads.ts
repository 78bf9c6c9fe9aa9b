import type { ReadOperation } from "./read-operations.js";

/** A read `verify` makes: once, or once per record id a list gave. */
export interface PlannedRead {
  readonly operation: ReadOperation;
  /** For a get by id: the list whose first record gives the id, and the path parameter it fills. */
  readonly source?: { readonly list: string; readonly param: string };
  /** Values of the query parameters the API requires. */
  readonly query: Readonly<Record<string, unknown>>;
}

// Where walking up the resource finds no list: fleet status is kept per physical device.
const SOURCE_OVERRIDES: Readonly<Record<string, string>> = {
  getFleetStatusLive: "physicalDevices.list",
};

// Values for query parameters the API requires and no record can give.
const REQUIRED_QUERY: Readonly<Record<string, unknown>> = { since_minutes: 10 };

/** The list a get by id takes its id from: the nearest `list` up the client's resource path. */
function sourceOf(op: ReadOperation, lists: ReadonlyMap<string, ReadOperation>): ReadOperation {
  const override = SOURCE_OVERRIDES[op.operationId];
  if (override) {
    const list = lists.get(override);
    if (list) return list;
  }
  const parts = op.call.split(".").slice(0, -1);
  for (; parts.length > 0; parts.pop()) {
    const list = lists.get([...parts, "list"].join("."));
    if (list && list !== op) return list;
  }
  throw new Error(`${op.operationId}: no list operation gives its ${op.params.join(", ")}`);
}

/**
 * Orders the reads of an account: every operation without an id first (lists among them), then
 * every get by id, each fed by the list of its resource. Throws when an operation cannot be
 * planned (several ids in its path, no list to take one from, a required query without a value),
 * so that a new operation in the spec is noticed instead of skipped.
 *
 * @example
 * planReads(reads).map((read) => read.operation.operationId);
 * // ["getDefaultDeviceSettingsPolicy", ..., "listPostureRules", ..., "getPostureRule", ...]
 */
export function planReads(reads: readonly ReadOperation[]): PlannedRead[] {
  const lists = new Map(reads.filter((op) => op.list).map((op) => [op.call, op]));
  const queryOf = (op: ReadOperation) => {
    const query: Record<string, unknown> = {};
    for (const name of op.requiredQuery) {
      if (!(name in REQUIRED_QUERY))
        throw new Error(`${op.operationId}: no value for its required query parameter ${name}`);
      query[name] = REQUIRED_QUERY[name];
    }
    return query;
  };
  const direct: PlannedRead[] = [];
  const byId: PlannedRead[] = [];
  for (const operation of reads) {
    if (operation.params.length === 0) {
      direct.push({ operation, query: queryOf(operation) });
      continue;
    }
    if (operation.params.length > 1)
      throw new Error(`${operation.operationId}: more than one id in its path`);
    const list = sourceOf(operation, lists);
    const source = { list: list.operationId, param: operation.params[0] as string };
    byId.push({ operation, source, query: queryOf(operation) });
  }
  return [...direct, ...byId];
}

/**
 * The id a record gives for a path parameter: the field named like it (`policy_id`), else the
 * field it ends with (`test_id` for `dex_test_id`), else `id`.
 *
 * @example
 * idFor({ test_id: "372e…", name: "HTTP" }, "dex_test_id"); // "372e…"
 */
export function idFor(record: unknown, param: string): string | undefined {
  if (record === null || typeof record !== "object") return undefined;
  const fields = record as Record<string, unknown>;
  const names = Object.keys(fields)
    .filter((key) => key === param || param.endsWith(`_${key}`))
    .sort((a, b) => b.length - a.length);
  for (const name of [...names, "id"]) {
    const value = fields[name];
    if (typeof value === "string" && value !== "") return value;
  }
  return undefined;
}
