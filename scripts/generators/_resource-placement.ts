/** Kept for `client-resources.ts` until it reads the model: the one module is `model/resource-placement.ts`. */
export * from "../model/resource-placement.js";
