import { unescapeToken } from "../model/json-pointer.js";
import { diffAnnotations } from "./diff-annotations.js";
import { diffConstraints } from "./diff-constraints.js";
import { type DiffContext, report, resolveAfter, resolveBefore } from "./diff-context.js";
import { diffProperties } from "./diff-properties.js";
import { diffEnum, diffTypes, type SchemaScope, subject } from "./diff-types.js";
import { diffVariants } from "./diff-variants.js";
import { childPointer, isObject, type JsonObject, type Located } from "./located.js";
import { sameJson } from "./same-json.js";
import { schemaView } from "./schema-view.js";

/**
 * Compares two schemas seen from `scope.direction`, following `$ref`s into components and
 * recursing into properties, items, additional properties and `oneOf`/`anyOf` variants. A pair
 * of schemas is walked once per direction, which also stops recursive schemas.
 */
export function diffSchema(
  ctx: DiffContext,
  before: Located,
  after: Located,
  outer: SchemaScope,
): void {
  const b = resolveBefore(ctx, before);
  const a = resolveAfter(ctx, after);
  if (!isObject(b.node) || !isObject(a.node)) return;
  const scope = enterComponent(outer, a.pointer === after.pointer ? undefined : a.pointer);
  if (
    isObject(before.node) &&
    isObject(after.node) &&
    "$ref" in before.node &&
    "$ref" in after.node
  ) {
    // OpenAPI 3.1 lets a `$ref` carry its own description, which overrides the target's.
    const site = {
      beforePointer: before.pointer,
      afterPointer: after.pointer,
      where: subject(outer),
    };
    diffAnnotations(ctx, { ...site, before: before.node, after: after.node });
  }
  const key = `${b.pointer} ${a.pointer} ${scope.direction}`;
  if (ctx.visited.has(key)) return;
  ctx.visited.add(key);
  const bView = schemaView(ctx.before, { node: b.node, pointer: b.pointer }, scope.direction);
  const aView = schemaView(ctx.after, { node: a.node, pointer: a.pointer }, scope.direction);
  for (const pointer of bView.sources) ctx.reached.add(pointer);
  const where = subject(scope);
  diffAnnotations(ctx, {
    before: b.node,
    after: a.node,
    beforePointer: b.pointer,
    afterPointer: a.pointer,
    where,
  });
  diffTypes(ctx, bView, aView, scope);
  diffEnum(ctx, bView, aView, scope);
  diffConstraints(ctx, bView, aView, scope);
  if (!sameJson(b.node.default, a.node.default)) {
    const pointer = childPointer("default" in a.node ? a.pointer : b.pointer, "default");
    const message = `default of ${where} changed from ${show(b.node.default)} to ${show(a.node.default)}`;
    // Callers who omit the field get different behaviour, but no code stops compiling.
    report(ctx, "minor", "default-changed", pointer, message);
  }
  diffProperties(ctx, bView, aView, scope);
  diffNested(ctx, bView, aView, "items", { ...scope, label: `${scope.label}[]` });
  diffNested(ctx, bView, aView, "additionalProperties", { ...scope, label: `${scope.label}{}` });
  diffVariants(ctx, bView, aView, scope);
}

/**
 * Changes inside a component are reported at the component, so messages name it and the API
 * element it was reached from rather than a property path from that element.
 */
function enterComponent(scope: SchemaScope, target: string | undefined): SchemaScope {
  const name = target?.match(/^\/components\/schemas\/([^/]+)$/)?.[1];
  if (name === undefined) return scope;
  const component = unescapeToken(name);
  return { ...scope, where: `schema ${component} in ${scope.origin}`, label: "" };
}

function diffNested(
  ctx: DiffContext,
  b: { node: JsonObject; pointer: string },
  a: { node: JsonObject; pointer: string },
  key: string,
  scope: SchemaScope,
): void {
  const before = b.node[key];
  const after = a.node[key];
  if (isObject(before) && isObject(after)) {
    const beforeAt = { node: before, pointer: childPointer(b.pointer, key) };
    diffSchema(ctx, beforeAt, { node: after, pointer: childPointer(a.pointer, key) }, scope);
  }
}

function show(value: unknown): string {
  return value === undefined ? "none" : JSON.stringify(value);
}
