import { coercionOf } from "./coercion.js";
import { isObject, type Json, SpecError } from "./document.js";
import { envelopeOf } from "./envelope.js";
import type { HttpMethod } from "./http-methods.js";
import { childPointer } from "./json-pointer.js";
import type { Answer, Operation, Parameter, RequestBody } from "./operation.js";
import { resolve } from "./resolve-ref.js";
import { readResourcePlacement } from "./resource-placement.js";
import { scopeOf } from "./scope.js";

const PLACES = new Set(["path", "query", "header", "cookie"]);

/** Reads one operation of a normalised document (`normalizeSpec`), refusing what cannot be generated. */
export function readOperation(
  doc: unknown,
  path: string,
  method: HttpMethod,
  item: Json,
  op: Json,
): Operation {
  const pointer = childPointer("/paths", path, method);
  const { resource, name, pagination } = readResourcePlacement(op, (problem) => {
    throw new SpecError(`${pointer}: ${problem}`);
  });
  const parameters = readParameters(doc, pointer, item, op);
  for (const [, declared] of path.matchAll(/\{([^{}]+)\}/g))
    if (!parameters.some((p) => p.in === "path" && p.name === declared))
      throw new SpecError(`${pointer}: path parameter ${declared} is not declared`);
  const answers = Object.entries(isObject(op.responses) ? op.responses : {}).map(([status, raw]) =>
    readAnswer(doc, status, raw),
  );
  const ok = answers
    .filter((a) => /^2(\d\d|XX)$/.test(a.status))
    .sort((a, b) => (a.status < b.status ? -1 : a.status > b.status ? 1 : 0))[0];
  const tags = Array.isArray(op.tags) ? op.tags.filter((t) => typeof t === "string") : [];
  return {
    id: op.operationId as string,
    method,
    path,
    pointer,
    resource,
    name,
    pagination,
    scope: scopeOf(path),
    parameters,
    body: readBody(doc, childPointer(pointer, "requestBody"), op.requestBody),
    answers,
    ok,
    summary: typeof op.summary === "string" ? op.summary : undefined,
    description: typeof op.description === "string" ? op.description : undefined,
    tags,
    deprecated: op.deprecated === true,
    source: op,
  };
}

// The path item's parameters, then the operation's; one of the same place and name replaces it.
function readParameters(doc: unknown, pointer: string, item: Json, op: Json): Parameter[] {
  const byKey = new Map<string, Parameter>();
  const lists = [
    [childPointer(pointer.slice(0, pointer.lastIndexOf("/")), "parameters"), item.parameters],
    [childPointer(pointer, "parameters"), op.parameters],
  ] as const;
  for (const [at, list] of lists) {
    for (const [index, raw] of (Array.isArray(list) ? list : []).entries()) {
      const p = resolve(doc, raw);
      const where = `${at}/${index}`;
      if (typeof p.name !== "string") throw new SpecError(`${where}: a parameter needs a name`);
      if (typeof p.in !== "string" || !PLACES.has(p.in))
        throw new SpecError(`${where}: "in" must be path, query, header or cookie`);
      const schema = p.schema ?? mediaSchema(p.content).schema ?? {};
      byKey.set(`${p.in}:${p.name}`, {
        name: p.name,
        in: p.in as Parameter["in"],
        required: p.in === "path" || p.required === true,
        schema,
        description: typeof p.description === "string" ? p.description : undefined,
        coercion: coercionOf(doc, schema),
      });
    }
  }
  return [...byKey.values()];
}

function readBody(doc: unknown, pointer: string, raw: unknown): RequestBody | undefined {
  if (raw === undefined) return undefined;
  const body = resolve(doc, raw);
  const { media, schema } = mediaSchema(body.content);
  return { required: body.required === true, media, schema, pointer };
}

function readAnswer(doc: unknown, status: string, raw: unknown): Answer {
  const response = resolve(doc, raw);
  const { media, schema } = mediaSchema(response.content);
  const content = media === undefined ? {} : ((response.content as Json)[media] as Json);
  const { enveloped, result } = envelopeOf(doc, schema);
  const first = Object.values(isObject(content.examples) ? content.examples : {})[0];
  const example =
    content.example !== undefined
      ? { value: content.example }
      : first !== undefined
        ? { value: resolve(doc, first).value }
        : undefined;
  return { status, schema, enveloped, result, example };
}

/**
 * The JSON media type of a `content` map and its schema: `application/json` when it is there,
 * else the first JSON one (`application/merge-patch+json`) in sorted order.
 */
export function mediaSchema(content: unknown): { media: string | undefined; schema: unknown } {
  if (!isObject(content)) return { media: undefined, schema: undefined };
  const media =
    "application/json" in content
      ? "application/json"
      : Object.keys(content)
          .sort()
          .find((name) => /\bjson\b/.test(name));
  const entry = media === undefined ? undefined : content[media];
  return { media, schema: isObject(entry) ? entry.schema : undefined };
}
