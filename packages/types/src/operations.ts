export {
  type OperationEntry,
  type OperationFacts,
  type OperationTable,
  readOperationEntry,
  scopeParameterOf,
} from "./operation-entry.js";
export { operationTable } from "./operations.gen.js";
