import type { WireCoercion } from "../../model/coercion.js";
import { childPointer } from "../../model/json-pointer.js";
import type { Operation } from "../../model/operation.js";

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

/** The example of an operation's success answer, the answer of the examples mode. */
export function transformExample(op: Operation): unknown {
  if (op.ok?.example) return op.ok.example.value;
  // A success answer without a body (a HEAD, a 204) has nothing to show.
  if (op.ok && op.ok.schema === undefined) return null;
  const status = op.ok?.status ?? "200";
  const where = `${op.method.toUpperCase()} ${op.path} (${op.id})`;
  const pointer = childPointer(op.pointer, "responses", status);
  throw new Error(
    `${where} has no example for its ${status} answer (${pointer}): the examples mode needs one`,
  );
}
