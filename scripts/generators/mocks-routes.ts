import { childPointer } from "../_json-pointer.js";
import type { OpenApiDocument, OperationInfo } from "../_openapi-document.js";
import { type Json, resolve } from "./_resolve-ref.js";
import { readResourcePlacement } from "./_resource-placement.js";

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

/** The wire form of a query parameter's schema: how its string becomes the value the spec describes. */
export function transformQueryCoercion(schema: Json): QueryCoercion {
  const types = ([] as unknown[]).concat(schema.type ?? []);
  if (types.includes("array")) {
    const items = (schema.items ?? {}) as Json;
    const itemTypes = ([] as unknown[]).concat(items.type ?? []);
    return itemTypes.includes("number") || itemTypes.includes("integer") ? "number[]" : "array";
  }
  if (types.includes("number") || types.includes("integer")) return "number";
  if (types.includes("boolean")) return "boolean";
  return "string";
}

// As `operationsOf` decides it, but through a `$ref` to a shared response.
function isEnveloped(spec: OpenApiDocument, operation: Json): boolean {
  const responses = (operation.responses ?? {}) as Json;
  const ok = resolve(spec, responses["200"] ?? {});
  const content = ((ok.content as Json | undefined)?.["application/json"] ?? {}) as Json;
  return JSON.stringify(content.schema ?? {}).includes("ApiResponseCommon");
}

/** Reads the route of one operation: method, path, behaviour names, body and query wire forms. */
export function transformRoute(spec: OpenApiDocument, info: OperationInfo): MockRoute {
  const { operation } = info;
  const where = `${info.method.toUpperCase()} ${info.path} (${info.operationId})`;
  const item = spec.paths[info.path] as Json;
  const parameters = [
    ...((item.parameters as unknown[]) ?? []),
    ...((operation.parameters as unknown[]) ?? []),
  ].map((p) => resolve(spec, p));
  const query: Record<string, QueryCoercion> = {};
  for (const parameter of parameters) {
    if (parameter.in !== "query") continue;
    query[parameter.name as string] = transformQueryCoercion(resolve(spec, parameter.schema ?? {}));
  }
  // The same placement the client and the CLI read: it names the mock's behaviour.
  const placement = readResourcePlacement(operation, (problem) => {
    throw new Error(`${where}: ${problem}`);
  });
  const route: MockRoute = {
    operationId: info.operationId,
    method: info.method.toUpperCase(),
    path: info.path,
    resource: placement.resource.join("."),
    action: placement.name,
    envelope: isEnveloped(spec, operation),
  };
  if (placement.pagination) route.pagination = placement.pagination;
  if (info.hasBody) {
    const body = resolve(spec, operation.requestBody);
    route.body = body.required === true ? "required" : "optional";
  }
  const sorted = Object.entries(query).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (sorted.length > 0) route.query = Object.fromEntries(sorted);
  return route;
}

/** The 200 example an operation documents, the answer of the examples mode. */
export function transformExample(spec: OpenApiDocument, info: OperationInfo): unknown {
  const responses = (info.operation.responses ?? {}) as Json;
  const ok = resolve(spec, responses["200"] ?? {});
  const content = ((ok.content as Json | undefined)?.["application/json"] ?? {}) as Json;
  if (content.example !== undefined) return content.example;
  const first = Object.values((content.examples ?? {}) as Json)[0];
  if (first !== undefined) return resolve(spec, first).value;
  const where = `${info.method.toUpperCase()} ${info.path} (${info.operationId})`;
  const pointer = childPointer("/paths", info.path, info.method, "responses", "200");
  throw new Error(
    `${where} has no example for its 200 answer (${pointer}): the examples mode needs one`,
  );
}
