import { diffAnnotations } from "./diff-annotations.js";
import { diffContent } from "./diff-content.js";
import { type DiffContext, report } from "./diff-context.js";
import { diffHeaders } from "./diff-headers.js";
import { diffParameters, type OperationAt } from "./diff-parameters.js";
import { diffSecurity } from "./diff-security.js";
import { childPointer, isObject, type JsonObject, resolveRef } from "./located.js";

/** Compares one operation found in both documents; `name` is how messages refer to it. */
export function diffOperation(
  ctx: DiffContext,
  b: OperationAt,
  a: OperationAt,
  name: string,
): void {
  const pair = {
    before: b.operation,
    after: a.operation,
    beforePointer: b.pointer,
    afterPointer: a.pointer,
  };
  diffAnnotations(ctx, { ...pair, where: name });
  diffSecurity(ctx, b, a, name);
  diffParameters(ctx, b, a, name);
  diffRequestBody(ctx, b, a, name);
  diffResponses(ctx, b, a, name);
}

function diffRequestBody(ctx: DiffContext, b: OperationAt, a: OperationAt, name: string): void {
  const before = resolved(
    ctx.before,
    b.operation.requestBody,
    childPointer(b.pointer, "requestBody"),
  );
  const after = resolved(
    ctx.after,
    a.operation.requestBody,
    childPointer(a.pointer, "requestBody"),
  );
  const where = `the request body of ${name}`;
  if (!before && !after) return;
  if (!after) {
    report(
      ctx,
      "breaking",
      "request-body-removed",
      childPointer(b.pointer, "requestBody"),
      `${where} removed`,
    );
    return;
  }
  if (!before) {
    const required = after.node.required === true;
    const message = `${required ? "required" : "optional"} request body added to ${name}`;
    report(ctx, required ? "breaking" : "minor", "request-body-added", after.pointer, message);
    return;
  }
  const wasRequired = before.node.required === true;
  const isRequired = after.node.required === true;
  if (!wasRequired && isRequired) {
    const pointer = childPointer(after.pointer, "required");
    report(ctx, "breaking", "request-body-required", pointer, `${where} became required`);
  } else if (wasRequired && !isRequired) {
    const pointer = childPointer(after.pointer, "required");
    report(ctx, "minor", "request-body-optional", pointer, `${where} became optional`);
  }
  diffAnnotations(ctx, {
    before: before.node,
    after: after.node,
    beforePointer: before.pointer,
    afterPointer: after.pointer,
    where,
  });
  diffContent(ctx, before, after, "request", where);
}

function diffResponses(ctx: DiffContext, b: OperationAt, a: OperationAt, name: string): void {
  const before = isObject(b.operation.responses) ? b.operation.responses : {};
  const after = isObject(a.operation.responses) ? a.operation.responses : {};
  const beforePointer = childPointer(b.pointer, "responses");
  const afterPointer = childPointer(a.pointer, "responses");
  for (const status of Object.keys(before)) {
    const where = `the ${status} response of ${name}`;
    const old = resolved(ctx.before, before[status], childPointer(beforePointer, status));
    if (!Object.hasOwn(after, status)) {
      report(
        ctx,
        "breaking",
        "response-removed",
        childPointer(beforePointer, status),
        `${where} removed`,
      );
      continue;
    }
    const current = resolved(ctx.after, after[status], childPointer(afterPointer, status));
    if (!old || !current) continue;
    diffAnnotations(ctx, {
      before: old.node,
      after: current.node,
      beforePointer: old.pointer,
      afterPointer: current.pointer,
      where,
    });
    diffContent(ctx, old, current, "response", where);
    diffHeaders(ctx, old, current, where);
  }
  for (const status of Object.keys(after)) {
    if (Object.hasOwn(before, status)) continue;
    const pointer = childPointer(afterPointer, status);
    report(ctx, "minor", "response-added", pointer, `${status} response added to ${name}`);
  }
}

function resolved(
  doc: unknown,
  node: unknown,
  pointer: string,
): { node: JsonObject; pointer: string } | undefined {
  const at = resolveRef(doc, { node, pointer });
  return isObject(at.node) ? { node: at.node, pointer: at.pointer } : undefined;
}
