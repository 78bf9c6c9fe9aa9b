/** Kept for `generators/client-resources.ts` until it reads the model: the module is `model/json-pointer.ts`. */
export * from "./model/json-pointer.js";
