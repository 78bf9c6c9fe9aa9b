import type { AjvModule } from "./validators-ajv-module.js";
import { childrenOf, type EsNode, textOf } from "./validators-estree.js";

/** A replacement of `[start, end)` of the source by `text`. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

const keyName = (p: EsNode): string =>
  p.type === "Property" && !p.computed && p.key.type === "Identifier" ? p.key.name : "";

function isErrorObject(node: EsNode): boolean {
  if (node.type !== "ObjectExpression") return false;
  const names = node.properties.map(keyName);
  return names.includes("keyword") && names.includes("schemaPath");
}

const CALL_FAILED =
  /^\{\s*vErrors = vErrors === null \? ([\w.]+)\.errors : vErrors\.concat\(\1\.errors\);\s*errors = vErrors\.length;\s*\}$/;

/**
 * The checking variant only answers yes or no, so it keeps no error details: error objects become
 * `0` (only their count matters), `.errors` is never set, a failed call adds one to the count and
 * `missing` property names are not recorded. Returns whether `node` was rewritten whole.
 */
function simplifyCheck(node: EsNode, text: string, edits: Edit[]): boolean {
  const replace = (by: string) => edits.push({ start: node.start, end: node.end, text: by });
  if (isErrorObject(node)) return replace("0") > 0;
  const own = () => textOf(text, node);
  if (node.type === "ExpressionStatement" && /^\w+\.errors = /.test(own())) return replace("") > 0;
  if (node.type === "BlockStatement" && CALL_FAILED.test(own()))
    return replace("{\nerrors++;\n}") > 0;
  if (
    node.type === "LogicalExpression" &&
    node.operator === "&&" &&
    /^\(missing\d+ = "[^"]*"\)$/.test(textOf(text, node.right))
  ) {
    return replace(textOf(text, node.left)) > 0;
  }
  if (node.type === "VariableDeclaration" && /^let missing\d+;$/.test(own()))
    return replace("") > 0;
  return false;
}

// Resolves `schema12.properties.type.enum` to the JSON it names, so the schema constant can go.
function schemaPath(node: EsNode, schemas: Map<string, unknown>): unknown {
  const keys: string[] = [];
  let cur = node;
  while (cur.type === "MemberExpression") {
    const property: EsNode = cur.property;
    if (!cur.computed) keys.unshift(property.name);
    else if (property.type === "Literal" && typeof property.value === "string")
      keys.unshift(property.value);
    else if (property.type === "Literal" && typeof property.value === "number")
      keys.unshift(String(property.value));
    else return undefined;
    cur = cur.object;
  }
  if (cur.type !== "Identifier" || !schemas.has(cur.name)) return undefined;
  let value = schemas.get(cur.name);
  for (const key of keys) value = (value as Record<string, unknown> | undefined)?.[key];
  return value;
}

/**
 * `text[start, end)` with the edits made, in one pass. Edits at one place apply as if made from the
 * last to the first: an insertion lands before a removal starting at the same offset.
 */
export function applyEdits(text: string, start: number, end: number, edits: Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const parts: string[] = [];
  let at = start;
  for (const edit of sorted) {
    if (edit.start < at || edit.start < start || edit.end > end)
      throw new Error(
        `Overlapping edits at ${edit.start}-${edit.end}: ${JSON.stringify(text.slice(edit.start, edit.end))}`,
      );
    parts.push(text.slice(at, edit.start), edit.text);
    at = edit.end;
  }
  parts.push(text.slice(at, end));
  return parts.join("");
}

function indent(code: string): string {
  let depth = 0;
  return code
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.startsWith("/*# sourceURL"))
    .map((raw) => {
      const line = raw.trim();
      if (line.startsWith("}")) depth--;
      const out = `${"  ".repeat(Math.max(depth, 0))}${line}`;
      if (line.endsWith("{")) depth++;
      return out;
    })
    .join("\n");
}

/**
 * Rewrites one statement of Ajv's output: new names, schema values inlined (objects through
 * `inline`, which hoists them), typed signatures, and for the checking variant no error details.
 */
export function rewriteStatement(
  module: AjvModule,
  prefix: string,
  node: EsNode,
  inline: (value: unknown) => string,
): string {
  const { text: source, top, rename, schemas, formatFunctions, wrappers } = module;
  const edits: Edit[] = [];
  const at = (n: EsNode, by: string) => edits.push({ start: n.start, end: n.end, text: by });
  const insert = (offset: number, by: string) =>
    edits.push({ start: offset, end: offset, text: by });
  const isMember = (n: EsNode | undefined) => n?.type === "MemberExpression";
  const visit = (n: EsNode, parent: EsNode | undefined): void => {
    if (prefix === "check" && simplifyCheck(n, source, edits)) return;
    if (prefix !== "check" && isErrorObject(n)) {
      // Issues are located by instancePath alone; the schema path would only add weight.
      const props: EsNode[] = n.properties;
      const index = props.findIndex((p) => keyName(p) === "schemaPath");
      const next = props[index + 1];
      if (index >= 0 && next)
        edits.push({ start: (props[index] as EsNode).start, end: next.start, text: "" });
    }
    if (isMember(n) && !isMember(parent)) {
      const value = schemaPath(n, schemas);
      if (value !== undefined) {
        at(n, inline(value));
        return;
      }
      if (
        !n.computed &&
        n.object.type === "Identifier" &&
        formatFunctions.has(n.object.name) &&
        n.property.name === "validate"
      ) {
        at(n, rename.get(n.object.name) ?? "");
        return;
      }
    }
    if (n.type === "Identifier" && schemas.has(n.name)) {
      throw new Error(
        `Ajv's output uses the schema constant ${n.name} as a whole; it cannot be inlined`,
      );
    }
    if (n.type === "Identifier" && rename.has(n.name)) {
      const isKey =
        (parent?.type === "MemberExpression" && !parent.computed && parent.property === n) ||
        (parent?.type === "Property" && !parent.shorthand && parent.key === n);
      if (parent?.type === "Property" && parent.shorthand) {
        // Acorn gives a shorthand property its name twice, as key and as value: rename it once.
        if (parent.key === n) at(n, `${n.name}: ${rename.get(n.name)}`);
      } else if (!isKey) at(n, rename.get(n.name) ?? "");
    }
    if (n.type === "FunctionDeclaration") {
      const [data, ...rest] = n.params as EsNode[];
      const last = rest.at(-1);
      // The context argument only feeds error details, which the checking variant drops.
      if (prefix === "check" && data && last)
        edits.push({ start: data.end, end: last.end, text: "" });
      for (const param of prefix === "check" ? n.params.slice(0, 1) : n.params) {
        insert(param.type === "AssignmentPattern" ? param.left.end : param.end, ": any");
      }
      insert(n.body.start, ": boolean");
    }
    if (
      isMember(n) &&
      !n.computed &&
      n.object.type === "Identifier" &&
      wrappers.has(n.object.name) &&
      n.property.name === "validate"
    ) {
      const target = wrappers.get(n.object.name) as string;
      at(n, rename.get(target) ?? target);
      return;
    }
    const callee: EsNode | undefined = n.type === "CallExpression" ? n.callee : undefined;
    const calls =
      callee !== undefined &&
      ((callee.type === "Identifier" &&
        top.get(callee.name)?.node.type === "FunctionDeclaration") ||
        (isMember(callee) &&
          callee.object.type === "Identifier" &&
          wrappers.has(callee.object.name)));
    if (prefix === "check" && calls && n.arguments.length === 2) {
      const [first, second] = n.arguments as [EsNode, EsNode];
      edits.push({ start: first.end, end: second.end, text: "" });
      visit(first, n);
      visit(n.callee, n);
      return;
    }
    if (
      n.type === "VariableDeclarator" &&
      n.init?.type === "ObjectExpression" &&
      n.init.properties.length === 0
    ) {
      insert(n.id.end, ": any");
    }
    if (
      n.type === "VariableDeclarator" &&
      n.id.type === "Identifier" &&
      /^(?:vErrors|errors|_errs\d+)$/.test(n.id.name)
    ) {
      // Error counts compared with each other in loops defeat TypeScript's inference.
      insert(n.id.end, n.id.name === "vErrors" ? ": any" : ": number");
    }
    for (const child of childrenOf(n)) visit(child, n);
  };
  visit(node, undefined);
  const text = applyEdits(source, node.start, node.end, edits);
  if (
    prefix === "check" &&
    /\b(?:instancePath|parentData|parentDataProperty|rootData)\b/.test(text)
  ) {
    throw new Error(`A checking function still needs its context argument: ${text.slice(0, 120)}`);
  }
  return indent(text.replace(/\): boolean\s*\{/, "): boolean {"));
}
