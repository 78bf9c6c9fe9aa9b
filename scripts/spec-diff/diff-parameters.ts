import { diffAnnotations } from "./diff-annotations.js";
import { type DiffContext, report } from "./diff-context.js";
import { diffSchema } from "./diff-schema.js";
import { childPointer, isObject, type JsonObject, type Located, resolveRef } from "./located.js";

/** An operation as found in one document: its object and its path item's. */
export interface OperationAt {
  operation: JsonObject;
  pointer: string;
  pathItem: JsonObject;
  pathItemPointer: string;
}

/**
 * Compares the parameters of an operation, including those declared on its path item. Callers
 * pass parameters through generated, exact types, so removing one breaks them like removing a
 * request field; a new parameter breaks them only if it is required.
 */
export function diffParameters(
  ctx: DiffContext,
  b: OperationAt,
  a: OperationAt,
  name: string,
): void {
  const before = parameters(ctx.before, b);
  const after = parameters(ctx.after, a);
  for (const [key, param] of before) {
    const match = after.get(key);
    const where = `${describe(key)} of ${name}`;
    if (!match) {
      report(ctx, "breaking", "parameter-removed", param.pointer, `${where} removed`);
      continue;
    }
    const wasRequired = param.node.required === true;
    const isRequired = match.node.required === true;
    if (!wasRequired && isRequired) {
      report(
        ctx,
        "breaking",
        "parameter-required",
        childPointer(match.pointer, "required"),
        `${where} became required`,
      );
    } else if (wasRequired && !isRequired) {
      report(
        ctx,
        "minor",
        "parameter-optional",
        childPointer(match.pointer, "required"),
        `${where} became optional`,
      );
    }
    diffAnnotations(ctx, {
      before: param.node,
      after: match.node,
      beforePointer: param.pointer,
      afterPointer: match.pointer,
      where,
    });
    const beforeSchema = {
      node: param.node.schema,
      pointer: childPointer(param.pointer, "schema"),
    };
    const afterSchema = { node: match.node.schema, pointer: childPointer(match.pointer, "schema") };
    diffSchema(ctx, beforeSchema, afterSchema, {
      direction: "request",
      origin: where,
      where,
      label: "",
    });
  }
  for (const [key, param] of after) {
    if (before.has(key)) continue;
    const required = param.node.required === true;
    const message = `${required ? "required" : "optional"} ${describe(key)} added to ${name}`;
    report(ctx, required ? "breaking" : "minor", "parameter-added", param.pointer, message);
  }
}

type ParameterAt = { node: JsonObject; pointer: string };

function parameters(doc: unknown, at: OperationAt): Map<string, ParameterAt> {
  const found = new Map<string, ParameterAt>();
  // Operation-level parameters override path-level ones with the same name and location.
  for (const [owner, pointer] of [
    [at.pathItem, at.pathItemPointer],
    [at.operation, at.pointer],
  ] as const) {
    const list = owner.parameters;
    if (!Array.isArray(list)) continue;
    list.forEach((raw: unknown, i) => {
      const param: Located = resolveRef(doc, {
        node: raw,
        pointer: childPointer(pointer, "parameters", `${i}`),
      });
      const { node } = param;
      if (!isObject(node) || typeof node.name !== "string" || typeof node.in !== "string") return;
      // Header names are case-insensitive.
      const name = node.in === "header" ? node.name.toLowerCase() : node.name;
      found.set(`${node.in}:${name}`, { node, pointer: param.pointer });
    });
  }
  return found;
}

function describe(key: string): string {
  const [location, name] = key.split(":", 2) as [string, string];
  return `${location} parameter \`${name}\``;
}
