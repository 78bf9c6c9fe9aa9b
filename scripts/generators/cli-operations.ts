import { childPointer } from "../_json-pointer.js";
import { LeftOut, requestBodyPointer } from "./_left-out.js";
import { resolve } from "./_resolve-ref.js";
import { findPlacementClash, readResourcePlacement } from "./_resource-placement.js";
import { type Json, plainText } from "./cli-schema.js";

/** A parameter a command takes as an option (every one but `account_id` and `zone_id`). */
export interface CliParameter {
  name: string;
  in: "path" | "query";
  required: boolean;
  schema: Json;
  description: string | undefined;
}

/** One operation of the spec, as the command generator reads it. */
export interface CliOperation {
  operationId: string;
  method: string;
  path: string;
  /** `x-resource` split on dots: `["policies", "default", "excludes"]`. */
  resource: string[];
  /** `x-method`: `set`, `bulkDelete`. */
  name: string;
  summary: string;
  description: string | undefined;
  tag: string | undefined;
  deprecated: boolean;
  pagination: "page" | "cursor" | undefined;
  scope: "account_id" | "zone_id" | undefined;
  parameters: CliParameter[];
  body: { schema: unknown; required: boolean } | undefined;
  /** The schema of what the command prints: the envelope's `result`, or the whole answer. */
  result: unknown;
}

const METHODS = ["get", "put", "post", "patch", "delete"];
const SCOPES = new Set(["account_id", "zone_id"]);

/**
 * Every operation of the spec, sorted by resource and method name; fails on what commands cannot
 * express, but for operations it cannot serve at all, which go to `leftOut` when given.
 */
export function collectCliOperations(doc: Json, leftOut?: LeftOut[]): CliOperation[] {
  const ops: CliOperation[] = [];
  for (const [path, rawItem] of Object.entries((doc.paths ?? {}) as Json)) {
    const item = resolve(doc, rawItem);
    for (const method of METHODS) {
      if (item[method] === undefined) continue;
      try {
        ops.push(readOperation(doc, path, method, item, resolve(doc, item[method])));
      } catch (error) {
        if (!(error instanceof LeftOut) || !leftOut) throw error;
        leftOut.push(error);
      }
    }
  }
  const clash = findPlacementClash(ops);
  if (clash) throw new Error(`${clash[0]} is claimed by both ${clash[1]} and ${clash[2]}`);
  const key = (op: CliOperation) => [...op.resource, op.name].join(" ");
  return ops.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

function readOperation(
  doc: Json,
  path: string,
  method: string,
  item: Json,
  op: Json,
): CliOperation {
  const where = `${method.toUpperCase()} ${path}`;
  const fail = (problem: string): never => {
    throw new Error(`${where}: ${problem}`);
  };
  const { operationId, summary } = op;
  if (typeof operationId !== "string") return fail("operationId is missing");
  const { resource, name, pagination } = readResourcePlacement(op, fail);
  if (typeof summary !== "string" || summary.trim() === "")
    return fail("summary is missing (it is the command's help line)");
  const byKey = new Map<string, CliParameter>();
  for (const raw of [...list(item.parameters), ...list(op.parameters)]) {
    const p = resolve(doc, raw);
    if (p.in !== "path" && p.in !== "query") {
      if (p.required === true)
        throw new LeftOut(
          childPointer("/paths", path, method),
          `required ${String(p.in)} parameter ${String(p.name)} cannot be given as an option`,
        );
      continue;
    }
    if (typeof p.name !== "string") return fail("a parameter has no name");
    const description = typeof p.description === "string" ? plainText(p.description) : undefined;
    byKey.set(`${p.in}:${p.name}`, {
      name: p.name,
      in: p.in,
      required: p.in === "path" || p.required === true,
      schema: (p.schema ?? {}) as Json,
      description,
    });
  }
  const inPath = [...path.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1] as string);
  for (const n of inPath) if (!byKey.has(`path:${n}`)) fail(`path parameter ${n} is not declared`);
  const scope = inPath.find((n) => SCOPES.has(n)) as CliOperation["scope"];
  const body = op.requestBody === undefined ? undefined : resolve(doc, op.requestBody);
  const media = (body?.content as Json | undefined)?.["application/json"] as Json | undefined;
  if (body && !media)
    throw new LeftOut(
      requestBodyPointer(path, method),
      "only application/json request bodies can be given with --data",
    );
  const tags = list(op.tags);
  return {
    operationId,
    method: method.toUpperCase(),
    path,
    resource,
    name,
    summary: summary.replace(/\s+/g, " ").trim(),
    description: typeof op.description === "string" ? plainText(op.description) : undefined,
    tag: typeof tags[0] === "string" ? tags[0] : undefined,
    deprecated: op.deprecated === true,
    pagination,
    scope,
    parameters: [...byKey.values()].filter((p) => !SCOPES.has(p.name)),
    body:
      body && media ? { schema: media.schema ?? {}, required: body.required === true } : undefined,
    result: resultOf(doc, op),
  } as CliOperation;
}

/** The `result` schema of the first 2xx answer, or the whole answer's schema when it has no envelope. */
function resultOf(doc: Json, op: Json): unknown {
  const responses = resolve(doc, op.responses);
  const ok = Object.keys(responses)
    .filter((code) => /^2(\d\d|XX)$/.test(code))
    .sort()[0];
  if (ok === undefined) return undefined;
  const content = resolve(doc, responses[ok]).content as Json | undefined;
  const schema = (content?.["application/json"] as Json | undefined)?.schema;
  if (schema === undefined) return undefined;
  return envelopeResult(doc, schema) ?? schema;
}

function envelopeResult(doc: Json, raw: unknown, depth = 0): unknown {
  const schema = resolve(doc, raw);
  const own = (schema.properties as Json | undefined)?.result;
  if (own !== undefined && (schema.properties as Json).success === undefined) return own;
  const found = list(schema.allOf)
    .map((member) => (depth > 8 ? undefined : envelopeResult(doc, member, depth + 1)))
    .filter((r) => r !== undefined);
  return found.at(-1) ?? own;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
