import type { CommandSpec, GroupEntry, GroupSpec } from "../commands/command-spec.js";

/** One read-only operation of the API, as `verify` calls it. */
export interface ReadOperation {
  readonly operationId: string;
  /** The path template: `/accounts/{account_id}/devices/posture/{rule_id}`. */
  readonly path: string;
  /** The client's dotted method name (`posture.get`), which places it in its resource. */
  readonly call: string;
  readonly scope?: "account_id" | "zone_id";
  /** Path parameters other than the scope, in path order. */
  readonly params: readonly string[];
  /** Query parameters the API requires. */
  readonly requiredQuery: readonly string[];
  readonly pagination?: "page" | "cursor";
  /** Whether it lists a collection (its method is `list`). */
  readonly list: boolean;
}

const SCOPES = new Set(["account_id", "zone_id"]);

// Every command of a group and of its sub-groups, whose modules it loads.
async function commandsOf(group: GroupSpec): Promise<CommandSpec[]> {
  const subs = await Promise.all(
    Object.values(group.groups).map(async (entry) => commandsOf((await entry.load()).group)),
  );
  return [...Object.values(group.commands), ...subs.flat()];
}

/** The read-only operation a command sends, or `undefined` when it sends anything but a GET. */
export function readOperationOf(command: CommandSpec): ReadOperation | undefined {
  const [method, path = ""] = command.route.split(" ");
  if (method !== "GET") return undefined;
  const params = [...path.matchAll(/\{([^{}]+)\}/g)]
    .map((m) => m[1] as string)
    .filter((name) => !SCOPES.has(name));
  return {
    operationId: command.operationId,
    path,
    call: command.call,
    ...(command.scope ? { scope: command.scope } : {}),
    params,
    requiredQuery: command.flags.filter((f) => f.in === "query" && f.required).map((f) => f.name),
    ...(command.pagination ? { pagination: command.pagination } : {}),
    list: command.call.split(".").at(-1) === "list",
  };
}

/**
 * Every GET operation of the spec, read from the CLI's generated command groups (all of them
 * are loaded), sorted by operationId.
 *
 * @example
 * const reads = await readOperations(groups);
 * reads.find((op) => op.operationId === "listPostureRules");
 */
export async function readOperations(groups: {
  readonly [name: string]: GroupEntry;
}): Promise<ReadOperation[]> {
  const loaded = await Promise.all(
    Object.values(groups).map(async (entry) => commandsOf((await entry.load()).group)),
  );
  const reads = loaded
    .flat()
    .map(readOperationOf)
    .filter((op): op is ReadOperation => op !== undefined);
  return reads.sort((a, b) => (a.operationId < b.operationId ? -1 : 1));
}
