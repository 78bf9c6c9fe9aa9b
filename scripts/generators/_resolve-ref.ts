/** Kept for `client-resources.ts` until it reads the model: the one module is `model/resolve-ref.ts`. */
export * from "../model/resolve-ref.js";
