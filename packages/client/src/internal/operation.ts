import type { OperationEntry, OperationFacts } from "@zt-devices/types/operations";

/**
 * The path parameters that default from the client options instead of being positional. Without a
 * prototype, so that `name in SCOPE_PARAMS` is false for a parameter named `constructor`.
 */
export const SCOPE_PARAMS: Readonly<Record<string, "accountId" | "zoneId">> = Object.setPrototypeOf(
  { account_id: "accountId", zone_id: "zoneId" },
  null,
);

/**
 * An entry of `@zt-devices/types/operations`' table prepared for calls: what the entry says (its
 * dotted place `policies.default.excludes.update`, method, path, body, list kind, envelope), the
 * path split once, the positional parameters named.
 */
export interface Operation extends Omit<OperationFacts, "optionalBody"> {
  /** The spec's operationId, e.g. `listPostureRules`. */
  readonly id: string;
  /** Literal path pieces at even indexes, parameter names at odd ones. */
  readonly segments: readonly string[];
  /** Path parameters taken as positional arguments, in path order. */
  readonly positional: readonly string[];
}

/**
 * Prepares the table entry of operation `id` for calls. The flags are read here rather than with
 * `readOperationEntry`, which a list-posture program would pay 27 bytes (gzip) for
 * (decisions/client-operation-table.md); `operation.test.ts` checks that both read every entry alike.
 */
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
