import { compare } from "../../generate/generated-file.js";
import type { Model } from "../../model/model.js";
import type { Operation } from "../../model/operation.js";
import { modelOf } from "../../model/read-model.js";
import { CAMEL_NAME } from "../../model/resource-placement.js";
import { isScopeParameter } from "../../model/scope.js";
import { LeftOut } from "../left-out.js";

/** One operation of the resource layer, as the client generator reads it from the model. */
export interface ResourceOperation {
  operationId: string;
  /** Upper case, as the client sends it: `GET`. */
  method: string;
  path: string;
  /** Group path, e.g. `["policies", "default", "excludes"]`. */
  resource: string[];
  /** Method name within the group. */
  name: string;
  /** Positional path parameters (all but the scope's `account_id`/`zone_id`), in path order. */
  positional: { name: string; arg: string }[];
  body: "required" | "optional" | undefined;
  /** Whether a query parameter is required, which makes `params` required. */
  paramsRequired: boolean;
  pagination: "page" | "cursor" | undefined;
  envelope: boolean;
  summary: string | undefined;
  deprecated: boolean;
}

const RESERVED =
  /^(await|break|case|catch|class|const|continue|debugger|default|delete|do|else|enum|export|extends|false|finally|for|function|if|implements|import|in|instanceof|interface|let|new|null|package|private|protected|public|return|static|super|switch|this|throw|true|try|typeof|var|void|while|with|yield)$/;

/**
 * Every operation of the model the client can serve, sorted by path and method, checking what the
 * resource layer relies on; operations it cannot send (a body that is not JSON, a required header)
 * go to `leftOut` when given, else fail. Placement, names, scope and the envelope are the model's.
 */
export function collectResourceOperations(
  input: Model | object,
  leftOut?: LeftOut[],
): ResourceOperation[] {
  const ops: ResourceOperation[] = [];
  for (const op of modelOf(input).operations) {
    try {
      ops.push(readOperation(op));
    } catch (error) {
      if (!(error instanceof LeftOut) || !leftOut) throw error;
      leftOut.push(error);
    }
  }
  return ops.sort((a, b) => compare(a.path, b.path) || compare(a.method, b.method));
}

function readOperation(op: Operation): ResourceOperation {
  const fail = (problem: string): never => {
    throw new Error(`${op.pointer}: ${problem}`);
  };
  const inPath = [...op.path.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1] as string);
  for (const param of op.parameters) {
    if (param.in === "path" && !inPath.includes(param.name))
      fail(`path parameter ${param.name} is declared but not in the path`);
    if (param.in === "header" && param.required)
      throw new LeftOut(
        op.pointer,
        `required header parameter ${param.name} cannot be passed by the client`,
      );
  }
  const { pagination } = op;
  if (pagination && !op.parameters.some((p) => p.in === "query" && p.name === pagination))
    fail(`x-pagination: ${pagination} needs a "${pagination}" query parameter`);
  const positional = inPath
    .filter((n) => !isScopeParameter(n))
    .map((n) => {
      const arg = n.replace(/[-_.]+([a-zA-Z0-9])/g, (_, c: string) => c.toUpperCase());
      if (!CAMEL_NAME.test(arg) || RESERVED.test(arg))
        fail(`path parameter ${n} does not make a usable argument name (${arg})`);
      return { name: n, arg };
    });
  const { body } = op;
  if (body && body.media !== "application/json")
    throw new LeftOut(body.pointer, "only application/json request bodies can be sent");
  return {
    operationId: op.id,
    method: op.method.toUpperCase(),
    path: op.path,
    resource: op.resource,
    name: op.name,
    positional,
    body: body ? (body.required ? "required" : "optional") : undefined,
    paramsRequired: op.parameters.some((p) => p.in === "query" && p.required),
    pagination,
    envelope: op.ok?.enveloped === true,
    summary: op.summary,
    deprecated: op.deprecated,
  };
}
