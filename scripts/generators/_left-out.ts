/** Kept for `client-resources.ts` until it reads the model: the module is `shared/left-out.ts`. */
export * from "./shared/left-out.js";
