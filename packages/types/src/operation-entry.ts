/**
 * One operation as `operationTable` writes it: `[resource method, HTTP method, path template,
 * flags]`. The resource method is its dotted place in the client and the CLI
 * (`policies.default.excludes.update`); flags are letters: `b` a request body (JSON for the client
 * and the CLI, which leave other media out), `o` that body may be left out, `p` a page-based list,
 * `c` a cursor-based list, `e` a bare answer without the `{ success, result }` envelope.
 */
export type OperationEntry = readonly [name: string, method: string, path: string, flags?: string];

/** Every operation by operationId, as `operationTable` holds them. */
export interface OperationTable {
  readonly [operationId: string]: OperationEntry;
}

/** What an entry says of its operation, its flags spelled out. */
export interface OperationFacts {
  /** Dotted resource method: `posture.list`. */
  readonly name: string;
  /** Upper case: `GET`. */
  readonly method: string;
  /** The path template: `/accounts/{account_id}/devices/posture/{rule_id}`. */
  readonly path: string;
  /** Whether it takes a request body. */
  readonly body: boolean;
  /** Whether that body may be left out. */
  readonly optionalBody: boolean;
  readonly pagination: "page" | "cursor" | undefined;
  /** False where the answer is the bare body, without the `{ success, result }` envelope. */
  readonly envelope: boolean;
}

/**
 * Spells out an entry of `operationTable`.
 *
 * @example
 * ```ts
 * import { operationTable, readOperationEntry } from "@zt-devices/types/operations";
 * readOperationEntry(operationTable.listDeploymentGroups).pagination; // "page"
 * ```
 */
export function readOperationEntry([
  name,
  method,
  path,
  flags = "",
]: OperationEntry): OperationFacts {
  return {
    name,
    method,
    path,
    body: flags.includes("b"),
    optionalBody: flags.includes("o"),
    pagination: flags.includes("p") ? "page" : flags.includes("c") ? "cursor" : undefined,
    envelope: !flags.includes("e"),
  };
}

/**
 * The path parameter an operation's scope is given by: the first of `account_id` and `zone_id` in
 * its path, which the client and the CLI fill from their configuration (the model's `scopeOf`).
 */
export function scopeParameterOf(path: string): "account_id" | "zone_id" | undefined {
  return /\{(account_id|zone_id)\}/.exec(path)?.[1] as "account_id" | "zone_id" | undefined;
}
