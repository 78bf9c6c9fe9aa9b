/** The parts of a bundled OpenAPI 3.1 document the generators read. */
export interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, unknown>>;
  components?: { schemas?: Record<string, unknown> };
  [key: string]: unknown;
}

/** An operation of the document, with what generators need to know about it. */
export interface OperationInfo {
  operationId: string;
  method: string;
  path: string;
  hasBody: boolean;
  /** False where the response is not wrapped in the `{ success, result }` envelope. */
  enveloped: boolean;
  operation: Record<string, unknown>;
}

const METHODS = ["get", "put", "post", "patch", "delete"];

/** Every operation in document order (paths as bundled, methods in a fixed order). */
export function operationsOf(spec: OpenApiDocument): OperationInfo[] {
  const out: OperationInfo[] = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of METHODS) {
      const operation = item[method] as Record<string, unknown> | undefined;
      if (!operation) continue;
      const operationId = operation.operationId;
      if (typeof operationId !== "string") {
        throw new Error(
          `${method.toUpperCase()} ${path} has no operationId (/paths/${path}/${method})`,
        );
      }
      out.push({
        operationId,
        method,
        path,
        hasBody: operation.requestBody !== undefined,
        enveloped: isEnveloped(operation),
        operation,
      });
    }
  }
  return out;
}

function isEnveloped(operation: Record<string, unknown>): boolean {
  const responses = operation.responses as Record<
    string,
    { content?: Record<string, { schema?: unknown }> }
  >;
  const schema = JSON.stringify(responses?.["200"]?.content?.["application/json"]?.schema ?? {});
  return schema.includes("ApiResponseCommon");
}
