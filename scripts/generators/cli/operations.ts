import type { Model } from "../../model/model.js";
import type { Operation } from "../../model/operation.js";
import { isScopeParameter, SCOPE_PARAMETERS, type ScopeParameter } from "../../model/scope.js";
import { LeftOut } from "../left-out.js";
import { type Json, plainText } from "./schema.js";

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
  /** The parameter the scope is given by (`--account-id`, `--zone-id`). */
  scope: ScopeParameter | undefined;
  parameters: CliParameter[];
  body: { schema: unknown; required: boolean } | undefined;
  /** The schema of what the command prints: the envelope's `result`, or the whole answer. */
  result: unknown;
}

/**
 * Every operation of the model, sorted by resource and method name; fails on what commands cannot
 * express, but for operations it cannot serve at all, which go to `leftOut` when given.
 */
export function collectCliOperations(model: Model, leftOut?: LeftOut[]): CliOperation[] {
  const ops: CliOperation[] = [];
  for (const op of model.operations) {
    try {
      ops.push(readOperation(op));
    } catch (error) {
      if (!(error instanceof LeftOut) || !leftOut) throw error;
      leftOut.push(error);
    }
  }
  const key = (op: CliOperation) => [...op.resource, op.name].join(" ");
  return ops.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

function readOperation(op: Operation): CliOperation {
  // The summary is the command's help line; an operation without one is named by its route.
  const summary = op.summary?.trim() ? op.summary : `${op.method.toUpperCase()} ${op.path}`;
  const parameters: CliParameter[] = [];
  for (const p of op.parameters) {
    if (p.in !== "path" && p.in !== "query") {
      if (p.required)
        throw new LeftOut(
          op.pointer,
          `required ${p.in} parameter ${p.name} cannot be given as an option`,
        );
      continue;
    }
    if (isScopeParameter(p.name)) continue;
    const description = p.description === undefined ? undefined : plainText(p.description);
    parameters.push({
      name: p.name,
      in: p.in,
      required: p.required,
      schema: p.schema as Json,
      description,
    });
  }
  const { body } = op;
  if (body && body.media !== "application/json")
    throw new LeftOut(
      body.pointer,
      "only application/json request bodies can be given with --data",
    );
  return {
    operationId: op.id,
    method: op.method.toUpperCase(),
    path: op.path,
    resource: op.resource,
    name: op.name,
    summary: summary.replace(/\s+/g, " ").trim(),
    description: op.description === undefined ? undefined : plainText(op.description),
    tag: op.tags[0],
    deprecated: op.deprecated,
    pagination: op.pagination,
    scope: op.scope && SCOPE_PARAMETERS[op.scope],
    parameters,
    body: body ? { schema: body.schema ?? {}, required: body.required } : undefined,
    result: op.ok?.result,
  };
}
