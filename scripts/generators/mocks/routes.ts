import { compare } from "../../generate/generated-file.js";
import { coercionWord } from "../../model/coercion.js";
import { isObject } from "../../model/document.js";
import { childPointer } from "../../model/json-pointer.js";
import type { Operation } from "../../model/operation.js";
import { mediaSchema } from "../../model/read-operation.js";
import { resolve } from "../../model/resolve-ref.js";

/**
 * What the mocks generator reads of an operation for its route and handler: the method and path
 * msw serves, and the mocks' own fact, how each query parameter's wire value is coerced. The rest
 * of a route (behaviour, envelope, body, pagination) is the shared `operationTable`'s.
 */
export interface MockRoute {
  operationId: string;
  /** Upper case: `GET`. */
  method: string;
  path: string;
  /** Every query parameter the operation declares, sorted by name, in the validators' words. */
  query: Record<string, string>;
}

/** The route of one operation: its method and path, and its query parameters' coercions. */
export function transformRoute(op: Operation): MockRoute {
  const query = op.parameters
    .filter((p) => p.in === "query")
    .map((p) => [p.name, coercionWord(p.coercion)] as const)
    .sort(([a], [b]) => compare(a, b));
  return {
    operationId: op.id,
    method: op.method.toUpperCase(),
    path: op.path,
    query: Object.fromEntries(query),
  };
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
