/**
 * Where an operation sits in the resource tree that the client, the CLI and the mocks share:
 * `x-resource` (a dotted path of camelCase names), `x-method` and `x-pagination`, read and checked
 * once for every generator that places operations.
 */
export interface ResourcePlacement {
  resource: string[];
  name: string;
  pagination: "page" | "cursor" | undefined;
}

/** A camelCase name, as resource segments and methods must be. */
export const CAMEL_NAME = /^[a-z][A-Za-z0-9]*$/;

/** Reads an operation's placement; `fail` throws with the operation named. */
export function readResourcePlacement(
  op: Record<string, unknown>,
  fail: (problem: string) => never,
): ResourcePlacement {
  const resource = typeof op["x-resource"] === "string" ? op["x-resource"].split(".") : [];
  if (resource.length === 0 || !resource.every((s) => CAMEL_NAME.test(s))) {
    fail(
      `x-resource must be a dotted path of camelCase names; got ${JSON.stringify(op["x-resource"])}`,
    );
  }
  const name = op["x-method"];
  if (typeof name !== "string" || !CAMEL_NAME.test(name)) {
    return fail(`x-method must be a camelCase name; got ${JSON.stringify(name)}`);
  }
  const pagination = op["x-pagination"];
  if (pagination !== undefined && pagination !== "page" && pagination !== "cursor") {
    fail(`x-pagination must be "page" or "cursor"; got ${JSON.stringify(pagination)}`);
  }
  return { resource, name, pagination: pagination as ResourcePlacement["pagination"] };
}

/**
 * The first place two operations claim, as `[dotted place, first operationId, second]`, in the
 * order given; undefined when every operation has a place of its own.
 */
export function findPlacementClash(
  ops: readonly (ResourcePlacement & { operationId: string })[],
): [place: string, first: string, second: string] | undefined {
  const seen = new Map<string, string>();
  for (const op of ops) {
    const place = [...op.resource, op.name].join(".");
    const other = seen.get(place);
    if (other) return [place, other, op.operationId];
    seen.set(place, op.operationId);
  }
  return undefined;
}
