import type { OperationTable } from "@zt-devices/types/operations";
import { callOperation } from "./call.js";
import type { Context } from "./context.js";
import { prepareOperation } from "./operation.js";

type Tree = { [key: string]: Tree | ((...args: unknown[]) => unknown) };

/**
 * Turns the shared operation table (`@zt-devices/types/operations`) into the resource tree: one
 * function per operation, placed at its dotted name, one nested object per group. The result is
 * typed by the caller with the generated interface.
 */
export function bindResources(table: OperationTable, ctx: Context): Record<string, unknown> {
  const root: Tree = {};
  for (const id in table) {
    const op = prepareOperation(id, table[id] as OperationTable[string]);
    const keys = op.name.split(".");
    const last = keys.pop() as string;
    let node = root;
    for (const key of keys) {
      node[key] ??= {};
      node = node[key] as Tree;
    }
    node[last] = (...args: unknown[]) => callOperation(ctx, op, args);
  }
  return root;
}
