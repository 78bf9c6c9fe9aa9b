export type * from "./aliases.gen.js";
export type { components, operations, paths } from "./openapi.gen.js";
