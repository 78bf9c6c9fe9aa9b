import type { PaginationKind } from "../pagination.js";

/**
 * One operation as the generated table writes it, keyed by its operationId:
 * `[resource method, HTTP method, path template, flags]`. The resource method is its dotted place
 * in the client (`policies.default.excludes.update`). Flags are letters: `b` the operation takes a
 * JSON body, `p` page-based list, `c` cursor-based list, `e` the answer is a bare body, not an
 * envelope.
 */
export type OperationEntry = readonly [name: string, method: string, path: string, flags?: string];

/** Every operation of the client by operationId: what `createClient` binds into methods. */
export interface OperationTable {
  readonly [operationId: string]: OperationEntry;
}

/** The path parameters that default from the client options instead of being positional. */
export const SCOPE_PARAMS: Readonly<Record<string, "accountId" | "zoneId">> = {
  account_id: "accountId",
  zone_id: "zoneId",
};

/** A table entry prepared for calls: the path split once, the positional parameters named. */
export interface Operation {
  /** The spec's operationId, e.g. `listPostureRules`. */
  readonly id: string;
  /** Dotted name in the resource tree, e.g. `policies.default.excludes.update`. */
  readonly name: string;
  readonly method: string;
  readonly path: string;
  /** Literal path pieces at even indexes, parameter names at odd ones. */
  readonly segments: readonly string[];
  /** Path parameters taken as positional arguments, in path order. */
  readonly positional: readonly string[];
  readonly body: boolean;
  readonly pagination: PaginationKind | undefined;
  readonly envelope: boolean;
}

/** Prepares the entry of operation `id` of the generated table for calls. */
export function prepareOperation(
  id: string,
  [name, method, path, flags = ""]: OperationEntry,
): Operation {
  const segments = path.split(/\{([^{}]+)\}/);
  const positional = segments.filter((s, i) => i % 2 === 1 && !(s in SCOPE_PARAMS));
  return {
    id,
    name,
    method,
    path,
    segments,
    positional,
    body: flags.includes("b"),
    pagination: flags.includes("p") ? "page" : flags.includes("c") ? "cursor" : undefined,
    envelope: !flags.includes("e"),
  };
}
