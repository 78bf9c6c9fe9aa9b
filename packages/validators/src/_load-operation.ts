import type { OperationModule } from "./_operation-module.js";
import { operationValidators } from "./operations.gen.js";

/** Imports the validators of one operation on first use, so a bundle only carries the ones it calls. */
export async function loadOperation(operationId: string): Promise<OperationModule> {
  const load = (operationValidators as Record<string, () => Promise<OperationModule>>)[operationId];
  if (!Object.hasOwn(operationValidators, operationId) || load === undefined) {
    throw new Error(`Unknown operationId "${operationId}": the spec has no such operation`);
  }
  return load();
}
