import type { operations } from "@zt-devices/types";
import type { routes } from "./routes.gen.js";

/** The operationIds of the API. */
export type OperationId = keyof operations & keyof typeof routes;
