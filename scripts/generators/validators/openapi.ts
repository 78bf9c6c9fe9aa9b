import type { WireCoercion } from "../../model/coercion.js";
import { isObject } from "../../model/document.js";
import type { Model } from "../../model/model.js";
import { targetOf } from "../../model/resolve-ref.js";

export { isObject };

/** A JSON Schema as the spec writes it: an object, or a boolean schema. */
export type JsonSchema = { [keyword: string]: unknown } | boolean;

/** The parts of an OpenAPI 3.1 document the validators generator reads. */
export interface OpenApiDocument {
  /** The OpenAPI version (`3.0.x` or `3.1.x`); the model refuses a document without one. */
  openapi?: string;
  paths?: Record<string, Record<string, unknown>>;
  components?: {
    schemas?: Record<string, JsonSchema>;
    [section: string]: Record<string, unknown> | undefined;
  };
}

/** One operation's inputs and outputs, as the model reads them. */
export interface OperationParts {
  operationId: string;
  method: string;
  path: string;
  parameters: {
    name: string;
    in: "path" | "query";
    required: boolean;
    schema: JsonSchema;
    coercion: WireCoercion;
  }[];
  body?: { required: boolean; schema: JsonSchema };
  /** Keyed by status code, `4XX`-style range or `default`; `undefined` when the response has no JSON body. */
  responses: Record<string, JsonSchema | undefined>;
}

/** Follows a local `$ref` (`#/components/...`) one step, to what it points at (the model's resolver). */
export function resolveRef(doc: OpenApiDocument, ref: string): unknown {
  return targetOf(doc, ref);
}

/** Every operation of the model, sorted by operationId, with what validators check of it. */
export function collectOperations(model: Model): OperationParts[] {
  const operations = model.operations.map((op): OperationParts => {
    const parts: OperationParts = {
      operationId: op.id,
      method: op.method,
      path: op.path,
      parameters: op.parameters.flatMap((p) =>
        p.in === "path" || p.in === "query"
          ? [
              {
                name: p.name,
                in: p.in,
                required: p.required,
                schema: p.schema as JsonSchema,
                coercion: p.coercion,
              },
            ]
          : [],
      ),
      responses: Object.fromEntries(
        op.answers.map((a) => [a.status, a.schema as JsonSchema | undefined]),
      ),
    };
    if (op.body?.schema !== undefined)
      parts.body = { required: op.body.required, schema: op.body.schema as JsonSchema };
    return parts;
  });
  return operations.sort((a, b) => (a.operationId < b.operationId ? -1 : 1));
}
