import ts from "typescript";
import type { AjvModule } from "./validators-ajv-module.js";

/** A replacement of `[start, end)` of the source by `text`. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

function isErrorObject(node: ts.Node): boolean {
  if (!ts.isObjectLiteralExpression(node)) return false;
  const names = node.properties.map((p) => (p.name && ts.isIdentifier(p.name) ? p.name.text : ""));
  return names.includes("keyword") && names.includes("schemaPath");
}

const CALL_FAILED =
  /^\{\s*vErrors = vErrors === null \? ([\w.]+)\.errors : vErrors\.concat\(\1\.errors\);\s*errors = vErrors\.length;\s*\}$/;

/**
 * The checking variant only answers yes or no, so it keeps no error details: error objects become
 * `0` (only their count matters), `.errors` is never set, a failed call adds one to the count and
 * `missing` property names are not recorded. Returns whether `node` was rewritten whole.
 */
function simplifyCheck(node: ts.Node, source: ts.SourceFile, edits: Edit[]): boolean {
  const replace = (text: string) =>
    edits.push({ start: node.getStart(source), end: node.getEnd(), text });
  if (isErrorObject(node)) return replace("0") > 0;
  if (ts.isExpressionStatement(node) && /^\w+\.errors = /.test(node.getText(source)))
    return replace("") > 0;
  if (ts.isBlock(node) && CALL_FAILED.test(node.getText(source)))
    return replace("{\nerrors++;\n}") > 0;
  if (
    ts.isBinaryExpression(node) &&
    node.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken &&
    /^\(missing\d+ = "[^"]*"\)$/.test(node.right.getText(source))
  ) {
    return replace(node.left.getText(source)) > 0;
  }
  if (ts.isVariableStatement(node) && /^let missing\d+;$/.test(node.getText(source)))
    return replace("") > 0;
  return false;
}

// Resolves `schema12.properties.type.enum` to the JSON it names, so the schema constant can go.
function schemaPath(node: ts.Expression, schemas: Map<string, unknown>): unknown {
  const keys: string[] = [];
  let cur: ts.Expression = node;
  while (ts.isPropertyAccessExpression(cur) || ts.isElementAccessExpression(cur)) {
    if (ts.isPropertyAccessExpression(cur)) keys.unshift(cur.name.text);
    else if (ts.isStringLiteral(cur.argumentExpression)) keys.unshift(cur.argumentExpression.text);
    else if (ts.isNumericLiteral(cur.argumentExpression)) keys.unshift(cur.argumentExpression.text);
    else return undefined;
    cur = cur.expression;
  }
  if (!ts.isIdentifier(cur) || !schemas.has(cur.text)) return undefined;
  let value = schemas.get(cur.text);
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
  node: ts.Statement,
  inline: (value: unknown) => string,
): string {
  const { source, top, rename, schemas, formatFunctions, wrappers } = module;
  const edits: Edit[] = [];
  const visit = (n: ts.Node): void => {
    if (prefix === "check" && simplifyCheck(n, source, edits)) return;
    if (prefix !== "check" && isErrorObject(n)) {
      // Issues are located by instancePath alone; the schema path would only add weight.
      const props = (n as ts.ObjectLiteralExpression).properties;
      const at = props.findIndex(
        (p) => p.name && ts.isIdentifier(p.name) && p.name.text === "schemaPath",
      );
      const next = props[at + 1];
      if (at >= 0 && next)
        edits.push({
          start: props[at]?.getStart(source) ?? 0,
          end: next.getStart(source),
          text: "",
        });
    }
    if (
      (ts.isPropertyAccessExpression(n) || ts.isElementAccessExpression(n)) &&
      !(ts.isPropertyAccessExpression(n.parent) || ts.isElementAccessExpression(n.parent))
    ) {
      const value = schemaPath(n, schemas);
      if (value !== undefined) {
        edits.push({ start: n.getStart(source), end: n.getEnd(), text: inline(value) });
        return;
      }
      if (
        ts.isPropertyAccessExpression(n) &&
        ts.isIdentifier(n.expression) &&
        formatFunctions.has(n.expression.text) &&
        n.name.text === "validate"
      ) {
        edits.push({
          start: n.getStart(source),
          end: n.getEnd(),
          text: rename.get(n.expression.text) ?? "",
        });
        return;
      }
    }
    if (ts.isIdentifier(n) && schemas.has(n.text)) {
      throw new Error(
        `Ajv's output uses the schema constant ${n.text} as a whole; it cannot be inlined`,
      );
    }
    if (ts.isIdentifier(n) && rename.has(n.text)) {
      const parent = n.parent;
      const isKey =
        (ts.isPropertyAccessExpression(parent) && parent.name === n) ||
        (ts.isPropertyAssignment(parent) && parent.name === n);
      if (ts.isShorthandPropertyAssignment(parent)) {
        edits.push({
          start: n.getStart(source),
          end: n.getEnd(),
          text: `${n.text}: ${rename.get(n.text)}`,
        });
      } else if (!isKey)
        edits.push({
          start: n.getStart(source),
          end: n.getEnd(),
          text: rename.get(n.text) ?? "",
        });
    }
    if (ts.isFunctionDeclaration(n)) {
      const [data, ...rest] = n.parameters;
      const last = rest.at(-1);
      // The context argument only feeds error details, which the checking variant drops.
      if (prefix === "check" && data && last)
        edits.push({ start: data.getEnd(), end: last.getEnd(), text: "" });
      for (const param of prefix === "check" ? n.parameters.slice(0, 1) : n.parameters) {
        edits.push({ start: param.name.getEnd(), end: param.name.getEnd(), text: ": any" });
      }
      const close = n.body ? n.body.getStart(source) : n.getEnd();
      edits.push({ start: close, end: close, text: ": boolean" });
    }
    if (
      ts.isPropertyAccessExpression(n) &&
      ts.isIdentifier(n.expression) &&
      wrappers.has(n.expression.text) &&
      n.name.text === "validate"
    ) {
      const target = wrappers.get(n.expression.text) as string;
      edits.push({
        start: n.getStart(source),
        end: n.getEnd(),
        text: rename.get(target) ?? target,
      });
      return;
    }
    const callee = ts.isCallExpression(n) ? n.expression : undefined;
    const calls =
      callee !== undefined &&
      ((ts.isIdentifier(callee) && ts.isFunctionDeclaration(top.get(callee.text)?.node ?? n)) ||
        (ts.isPropertyAccessExpression(callee) &&
          ts.isIdentifier(callee.expression) &&
          wrappers.has(callee.expression.text)));
    if (prefix === "check" && ts.isCallExpression(n) && calls && n.arguments.length === 2) {
      const [first, second] = n.arguments as unknown as [ts.Expression, ts.Expression];
      edits.push({ start: first.getEnd(), end: second.getEnd(), text: "" });
      visit(first);
      visit(n.expression);
      return;
    }
    if (
      ts.isVariableDeclaration(n) &&
      n.initializer &&
      ts.isObjectLiteralExpression(n.initializer) &&
      n.initializer.properties.length === 0
    ) {
      edits.push({ start: n.name.getEnd(), end: n.name.getEnd(), text: ": any" });
    }
    if (
      ts.isVariableDeclaration(n) &&
      ts.isIdentifier(n.name) &&
      /^(?:vErrors|errors|_errs\d+)$/.test(n.name.text)
    ) {
      // Error counts compared with each other in loops defeat TypeScript's inference.
      edits.push({
        start: n.name.getEnd(),
        end: n.name.getEnd(),
        text: n.name.text === "vErrors" ? ": any" : ": number",
      });
    }
    ts.forEachChild(n, visit);
  };
  visit(node);
  const text = applyEdits(source.text, node.getStart(source), node.getEnd(), edits);
  if (
    prefix === "check" &&
    /\b(?:instancePath|parentData|parentDataProperty|rootData)\b/.test(text)
  ) {
    throw new Error(`A checking function still needs its context argument: ${text.slice(0, 120)}`);
  }
  return indent(text.replace(/\): boolean\s*\{/, "): boolean {"));
}
