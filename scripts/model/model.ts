import type { Json, OpenApiDocument } from "./document.js";
import type { Operation } from "./operation.js";

/** The spec as every generator reads it: read once by `readModel`. */
export interface Model {
  /** Every operation, in document order (paths as written, methods as `HTTP_METHODS` lists them). */
  operations: Operation[];
  /** Every component schema by name (an identifier), in document order. */
  schemas: Map<string, Json>;
  /** Each tag's description (its name when it has none), by name. */
  tags: Map<string, string>;
  /** The first server's URL without a trailing `/`, when the spec names one. */
  baseUrl: string | undefined;
  /**
   * The normalised document: what `$ref`s inside schemas resolve against (through `resolve`),
   * and what openapi-typescript reads for the types.
   */
  document: OpenApiDocument;
}
