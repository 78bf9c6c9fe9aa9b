import type { WireCoercion } from "../../model/coercion.js";
import { isObject } from "../../model/document.js";
import { childPointer } from "../../model/json-pointer.js";
import type { Operation } from "../../model/operation.js";
import { mediaSchema } from "../../model/read-operation.js";
import { resolve } from "../../model/resolve-ref.js";

/** How a query value that arrives as a string becomes what the spec describes. */
export type QueryCoercion = "string" | "number" | "boolean" | "array" | "number[]";

/** One row of the mock's route table, as emitted into `routes.gen.ts`. */
export interface MockRoute {
  operationId: string;
  method: string;
  path: string;
  /** `x-resource`, e.g. `policies.custom.excludes`. */
  resource: string;
  /** `x-method`, e.g. `set`. */
  action: string;
  /** False where the answer is the bare result (fleet status live). */
  envelope: boolean;
  pagination?: "page" | "cursor";
  body?: "required" | "optional";
  /** Every query parameter the operation declares, by name, with its wire form. */
  query?: Record<string, QueryCoercion>;
}

/** The model's wire coercion of a query parameter, in the words the mock's route table uses. */
export function transformQueryCoercion(coercion: WireCoercion): QueryCoercion {
  const numeric = coercion.type === "number" || coercion.type === "integer";
  if (coercion.array) return numeric ? "number[]" : "array";
  return numeric ? "number" : coercion.type === "boolean" ? "boolean" : "string";
}

/** The route of one operation: method, path, behaviour names, body and query wire forms. */
export function transformRoute(op: Operation): MockRoute {
  const query: Record<string, QueryCoercion> = {};
  for (const parameter of op.parameters)
    if (parameter.in === "query")
      query[parameter.name] = transformQueryCoercion(parameter.coercion);
  const route: MockRoute = {
    operationId: op.id,
    method: op.method.toUpperCase(),
    path: op.path,
    resource: op.resource.join("."),
    action: op.name,
    envelope: op.ok?.enveloped === true,
  };
  if (op.pagination) route.pagination = op.pagination;
  if (op.body) route.body = op.body.required ? "required" : "optional";
  const sorted = Object.entries(query).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (sorted.length > 0) route.query = Object.fromEntries(sorted);
  return route;
}

/**
 * The example of an operation's success answer, what the examples mode sends: the documented one,
 * else one built from its schema (`createSynthesizer`, with the envelope's `result` added when the
 * schema does not require it); `undefined` (no body) when the success answer has no JSON schema or
 * there is none, as `decisions/mock-examples.md` says.
 */
export function transformExample(
  op: Operation,
  doc: unknown,
  synthesize: (schema: unknown, pointer: string) => unknown,
): unknown {
  const ok = op.ok;
  if (ok === undefined || ok.schema === undefined) return undefined;
  if (ok.example) return ok.example.value;
  const where = childPointer(op.pointer, "responses", ok.status);
  const responses = isObject(op.source.responses) ? op.source.responses : {};
  const media = mediaSchema(resolve(doc, responses[ok.status]).content).media ?? "application/json";
  const value = synthesize(ok.schema, childPointer(where, "content", media, "schema"));
  if (ok.enveloped && isObject(value) && !Object.hasOwn(value, "result"))
    return { ...value, result: synthesize(ok.result, where) };
  return value;
}
