import { coercionWord, type WireCoercion } from "../../model/coercion.js";
import type { JsonSchema, OpenApiDocument, OperationParts } from "./openapi.js";
import { transformSchema } from "./schema.js";

/**
 * The model's wire coercion of a parameter as the operation modules' `coercion` table writes it:
 * the one wording (`integer`, `array:string`, ...); undefined for a string, which stays as it is.
 */
export function coercionOf(coercion: WireCoercion): string | undefined {
  const word = coercionWord(coercion);
  return word === "string" ? undefined : word;
}

function parametersSchema(op: OperationParts, where: "path" | "query", doc: OpenApiDocument) {
  const params = op.parameters.filter((p) => p.in === where);
  const required = params.filter((p) => p.required).map((p) => p.name);
  return {
    type: "object",
    properties: Object.fromEntries(
      params.map((p) => [
        p.name,
        transformSchema(p.schema, doc, `${op.operationId} ${where} ${p.name}`),
      ]),
    ),
    ...(required.length > 0 ? { required } : {}),
    additionalProperties: false,
  };
}

/** The schema of a request as `validateRequest` sees it: `{ params, query, body }`, closed. */
export function requestSchema(op: OperationParts, doc: OpenApiDocument): JsonSchema {
  const properties: Record<string, unknown> = {
    params: parametersSchema(op, "path", doc),
    query: parametersSchema(op, "query", doc),
  };
  const required = ["params", "query"];
  if (op.body) {
    properties.body = transformSchema(op.body.schema, doc, `${op.operationId} request body`);
    if (op.body.required) required.push("body");
  }
  return { type: "object", properties, required, additionalProperties: false };
}

/** A request as the runtime's `requestFunction` takes it: each part's schema ids, in order. */
export interface RequestParts {
  path: [name: string, required: boolean, id: string][];
  query: [name: string, required: boolean, id: string][];
  body?: [id: string, required: boolean];
}

/** The schema id of an operation's parameter (`where` is `path` or `query`). */
export function parameterId(operationId: string, where: string, name: string): string {
  return `${operationId}~${where}~${name}`;
}

/** The parts of `op`'s request: parameters by where they are, then the body, by schema id. */
export function requestParts(op: OperationParts): RequestParts {
  const list = (where: "path" | "query") =>
    op.parameters
      .filter((p) => p.in === where)
      .map((p): [string, boolean, string] => [
        p.name,
        p.required,
        parameterId(op.operationId, where, p.name),
      ]);
  const parts: RequestParts = { path: list("path"), query: list("query") };
  if (op.body) parts.body = [`${op.operationId}~body`, op.body.required];
  return parts;
}
