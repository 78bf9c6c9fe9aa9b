import { HTTP_METHODS } from "../model/http-methods.js";
import type { Change } from "./change.js";
import { diffAnnotations } from "./diff-annotations.js";
import { createDiffContext, type DiffContext, report, sortedChanges } from "./diff-context.js";
import { diffOperation } from "./diff-operation.js";
import type { OperationAt } from "./diff-parameters.js";
import { diffSchema } from "./diff-schema.js";
import { childPointer, forgetRefs, isObject, type JsonObject, resolveRef } from "./located.js";

/**
 * Classifies every difference between two bundled OpenAPI 3.1 documents as breaking, minor or
 * patch for the packages generated from them, following decisions/spec-diff-rules.md.
 *
 * @example
 * const changes = diffSpecs(JSON.parse(oldJson), JSON.parse(newJson));
 * const breaking = changes.filter((change) => change.class === "breaking");
 */
export function diffSpecs(before: unknown, after: unknown): Change[] {
  const ctx = createDiffContext(before, after);
  try {
    if (isObject(before) && isObject(after)) diffDocuments(ctx, before, after);
  } finally {
    forgetRefs(before);
    forgetRefs(after);
  }
  return sortedChanges(ctx);
}

function diffDocuments(ctx: DiffContext, before: JsonObject, after: JsonObject): void {
  const info = {
    before: before.info,
    after: after.info,
    beforePointer: "/info",
    afterPointer: "/info",
  };
  diffAnnotations(ctx, { ...info, where: "the API description" });
  diffOperations(ctx, operations(before), operations(after));
  diffComponentSchemas(ctx);
}

/** An operation, its `METHOD /path` route and the name messages use for it. */
type Found = OperationAt & { route: string; name: string; label: string };

function diffOperations(
  ctx: DiffContext,
  before: Map<string, Found>,
  after: Map<string, Found>,
): void {
  for (const [key, op] of before) {
    const match = after.get(key);
    if (match) {
      if (op.operation.operationId !== match.operation.operationId) {
        // Method, handler, command and validator names all derive from the operationId.
        const message = `operationId of ${match.route} renamed from ${op.name} to ${match.name}`;
        const pointer = childPointer(match.pointer, "operationId");
        report(ctx, "breaking", "operation-id-renamed", pointer, message);
      }
      diffOperation(ctx, op, match, match.name);
    } else {
      report(ctx, "breaking", "operation-removed", op.pointer, `operation ${op.label} removed`);
    }
  }
  for (const [key, op] of after) {
    if (before.has(key)) continue;
    report(ctx, "minor", "operation-added", op.pointer, `operation ${op.label} added`);
  }
}

/** Operations keyed by method and path template; renaming a path parameter keeps the key. */
function operations(doc: JsonObject): Map<string, Found> {
  const found = new Map<string, Found>();
  const paths = isObject(doc.paths) ? doc.paths : {};
  for (const [path, raw] of Object.entries(paths)) {
    const item = resolveRef(doc, { node: raw, pointer: childPointer("/paths", path) });
    if (!isObject(item.node)) continue;
    for (const method of HTTP_METHODS) {
      const operation = item.node[method];
      if (!isObject(operation)) continue;
      const route = `${method.toUpperCase()} ${path}`;
      const id = typeof operation.operationId === "string" ? operation.operationId : undefined;
      found.set(`${method} ${path.replaceAll(/\{[^}]*\}/g, "{}")}`, {
        operation,
        pointer: childPointer(item.pointer, method),
        pathItem: item.node,
        pathItemPointer: item.pointer,
        route,
        name: id ?? route,
        label: id ? `${id} (${route})` : route,
      });
    }
  }
  return found;
}

/**
 * Every component schema becomes a named type in the generated packages, so adding or removing
 * one is minor or breaking even when no operation uses it. Schemas that no operation reached
 * are compared as if used on both sides, taking the more severe class.
 */
function diffComponentSchemas(ctx: DiffContext): void {
  const before = componentSchemas(ctx.before);
  const after = componentSchemas(ctx.after);
  for (const [name, schema] of Object.entries(before)) {
    const pointer = childPointer("/components/schemas", name);
    if (!Object.hasOwn(after, name)) {
      report(ctx, "breaking", "schema-removed", pointer, `schema ${name} removed`);
    } else if (!ctx.reached.has(pointer)) {
      const afterAt = { node: after[name], pointer };
      diffSchema(ctx, { node: schema, pointer }, afterAt, {
        direction: "both",
        origin: `schema ${name}`,
        where: `schema ${name}`,
        label: "",
      });
    }
  }
  for (const name of Object.keys(after)) {
    const pointer = childPointer("/components/schemas", name);
    if (Object.hasOwn(before, name)) continue;
    report(ctx, "minor", "schema-added", pointer, `schema ${name} added`);
  }
}

function componentSchemas(doc: unknown): JsonObject {
  const components = isObject(doc) ? doc.components : undefined;
  return isObject(components) && isObject(components.schemas) ? components.schemas : {};
}
