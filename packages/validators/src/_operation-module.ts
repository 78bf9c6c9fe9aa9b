import type { Coercion } from "./coerce.js";
import type { Validator } from "./validator.js";

/** What each generated `operations/<operationId>.gen.ts` module exports. */
export interface OperationModule {
  readonly request: Validator<unknown>;
  readonly responses: Readonly<Record<string, Validator<unknown> | null>>;
  readonly coercion: { readonly params: Coercion; readonly query: Coercion };
}
