export type * from "./aliases.gen.js";
export type { components, operations, paths } from "./openapi.gen.js";
export type {
  AnswerOf,
  BodyOf,
  OkStatusOf,
  OperationId,
  PathOf,
  QueryOf,
  RequestOf,
  ResponseOf,
} from "./operation-types.js";
