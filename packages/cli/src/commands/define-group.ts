import {
  type OperationTable,
  readOperationEntry,
  scopeParameterOf,
} from "@zt-devices/types/operations";
import type { CommandEntry, CommandSpec, GroupEntry, GroupSpec } from "./command-spec.js";

/** A group as its generated module writes it: each command names an operation of `Table`. */
export interface GroupSource<Id extends string> {
  readonly description: string;
  readonly commands: { readonly [name: string]: CommandEntry & { readonly operationId: Id } };
  readonly groups: { readonly [name: string]: GroupEntry };
}

/**
 * A command group with each command's route, client call, scope and pagination read from the
 * shared operation table by its operationId, so that a command says only what is the CLI's own
 * (options, body, columns, confirmation). An operationId the table does not have is a compile error.
 *
 * @example
 * ```ts
 * import { operationTable } from "@zt-devices/types/operations";
 * const group = defineGroup(operationTable, { description: "Posture", commands: {}, groups: {} });
 * ```
 */
export function defineGroup<Table extends OperationTable>(
  table: Table,
  source: GroupSource<keyof Table & string>,
): GroupSpec {
  const commands: Record<string, CommandSpec> = {};
  for (const [name, entry] of Object.entries(source.commands)) {
    const operation = table[entry.operationId];
    if (!operation) throw new Error(`${entry.operationId} is not in the operation table`);
    const { method, path, name: call, pagination } = readOperationEntry(operation);
    const scope = scopeParameterOf(path);
    commands[name] = {
      ...entry,
      route: `${method} ${path}`,
      call,
      ...(scope && { scope }),
      ...(pagination && { pagination }),
    };
  }
  return { description: source.description, commands, groups: source.groups };
}
