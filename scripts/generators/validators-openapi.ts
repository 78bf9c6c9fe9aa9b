/** A JSON Schema as the spec writes it: an object, or a boolean schema. */
export type JsonSchema = { [keyword: string]: unknown } | boolean;

/** The parts of an OpenAPI 3.1 document the validators generator reads. */
export interface OpenApiDocument {
  paths?: Record<string, Record<string, unknown>>;
  components?: {
    schemas?: Record<string, JsonSchema>;
    [section: string]: Record<string, unknown> | undefined;
  };
}

/** One operation's inputs and outputs, with every `$ref` to a parameter, body or response resolved. */
export interface OperationParts {
  operationId: string;
  method: string;
  path: string;
  parameters: { name: string; in: "path" | "query"; required: boolean; schema: JsonSchema }[];
  body?: { required: boolean; schema: JsonSchema };
  /** Keyed by status code, `4XX`-style range or `default`; `undefined` when the response has no JSON body. */
  responses: Record<string, JsonSchema | undefined>;
}

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/** Follows a local `$ref` (`#/components/...`) to the object it points at. */
export function resolveRef(doc: OpenApiDocument, ref: string): unknown {
  if (!ref.startsWith("#/")) throw new Error(`Only local $refs are supported, got "${ref}"`);
  let node: unknown = doc;
  for (const raw of ref.slice(2).split("/")) {
    const key = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    if (node === null || typeof node !== "object" || !(key in node)) {
      throw new Error(`$ref "${ref}" points at nothing (no "${key}")`);
    }
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function deref<T>(doc: OpenApiDocument, value: T): T {
  let node: unknown = value;
  for (let hops = 0; isObject(node) && typeof node.$ref === "string"; hops++) {
    if (hops > 20) throw new Error(`$ref cycle at "${node.$ref}"`);
    node = resolveRef(doc, node.$ref);
  }
  return node as T;
}

/** Whether a value is a plain object (not an array). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function jsonSchemaOf(content: unknown): JsonSchema | undefined {
  if (!isObject(content)) return undefined;
  const type = Object.keys(content)
    .sort()
    .find((name) => /\bjson\b/.test(name));
  const media = type === undefined ? undefined : content[type];
  return isObject(media) && "schema" in media ? (media.schema as JsonSchema) : undefined;
}

/** Lists every operation of the spec, sorted by operationId. */
export function collectOperations(doc: OpenApiDocument): OperationParts[] {
  const operations: OperationParts[] = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    const shared = Array.isArray(item.parameters) ? item.parameters : [];
    for (const method of METHODS) {
      const op = item[method];
      if (!isObject(op)) continue;
      const where = `${method.toUpperCase()} ${path}`;
      if (typeof op.operationId !== "string") throw new Error(`${where} has no operationId`);
      const byKey = new Map<string, OperationParts["parameters"][number]>();
      for (const raw of [...shared, ...(Array.isArray(op.parameters) ? op.parameters : [])]) {
        const param = deref(doc, raw) as Record<string, unknown>;
        if (param.in !== "path" && param.in !== "query") continue;
        if (typeof param.name !== "string" || param.schema === undefined) {
          throw new Error(`${where}: a ${String(param.in)} parameter has no name or no schema`);
        }
        byKey.set(`${param.in}:${param.name}`, {
          name: param.name,
          in: param.in,
          required: param.in === "path" || param.required === true,
          schema: param.schema as JsonSchema,
        });
      }
      const parts: OperationParts = {
        operationId: op.operationId,
        method,
        path,
        parameters: [...byKey.values()],
        responses: {},
      };
      const body = op.requestBody === undefined ? undefined : deref(doc, op.requestBody);
      const bodySchema = isObject(body) ? jsonSchemaOf(body.content) : undefined;
      if (isObject(body) && bodySchema !== undefined) {
        parts.body = { required: body.required === true, schema: bodySchema };
      }
      for (const [status, raw] of Object.entries(isObject(op.responses) ? op.responses : {})) {
        const response = deref(doc, raw);
        parts.responses[status] = isObject(response) ? jsonSchemaOf(response.content) : undefined;
      }
      operations.push(parts);
    }
  }
  const seen = new Set<string>();
  for (const { operationId } of operations) {
    if (seen.has(operationId)) throw new Error(`operationId "${operationId}" is used twice`);
    seen.add(operationId);
  }
  return operations.sort((a, b) => (a.operationId < b.operationId ? -1 : 1));
}
