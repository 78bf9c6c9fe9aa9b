import type { operationTable } from "@zt-devices/types/operations";
import type { OperationModule } from "./_operation-module.js";
import { operationValidators } from "./operations.gen.js";

type OperationId = keyof typeof operationTable;

// One validator module per operation of the shared table, keyed alike: an id missing from
// `operationValidators`, or one the table does not have, does not compile.
const validators: { readonly [Id in OperationId]: () => Promise<unknown> } & {
  readonly [Id in Exclude<keyof typeof operationValidators, OperationId>]: never;
} = operationValidators;

const loaded = new Map<string, Promise<OperationModule>>();

/**
 * Imports the validators of one operation on first use, so a bundle only carries the ones it calls;
 * later calls get the same promise, without another trip through the module loader.
 */
export function loadOperation(operationId: string): Promise<OperationModule> {
  const known = loaded.get(operationId);
  if (known !== undefined) return known;
  const load = (validators as Record<string, () => Promise<OperationModule>>)[operationId];
  if (!Object.hasOwn(validators, operationId) || load === undefined) {
    return Promise.reject(
      new Error(`Unknown operationId "${operationId}": the spec has no such operation`),
    );
  }
  const module = load();
  loaded.set(operationId, module);
  return module;
}
