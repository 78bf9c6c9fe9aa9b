import ts from "typescript";

/** What one exported validator function needs: its own code, other validators it calls, helpers. */
export interface Chunk {
  /** Top-level statements, dependencies first, with every Ajv name replaced by a stable one. */
  statements: string[];
  /** Other exported validator functions this one calls (their new names). */
  calls: string[];
  /** Runtime helpers it imports, by name, each mapped to the package module that exports it. */
  helpers: Record<string, string>;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

interface TopLevel {
  node: ts.Statement;
  extra: ts.Statement[];
  deps: Set<string>;
}

const RUNTIME: Record<string, [string, string]> = {
  "ajv/dist/runtime/ucs2length": ["ucs2length", "_ucs2length"],
  "ajv/dist/runtime/equal": ["equal", "_equal"],
};

function camel(name: string): string {
  return name.replace(/[-_.]([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}

/** A short stable name for a constant, from its source text, so both variants share it. */
export function contentName(prefix: string, text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return `${prefix}_${(hash >>> 0).toString(36)}`;
}

function declaredName(node: ts.Statement): string | undefined {
  if (ts.isFunctionDeclaration(node)) return node.name?.text;
  if (ts.isVariableStatement(node)) {
    const [decl] = node.declarationList.declarations;
    return decl && ts.isIdentifier(decl.name) ? decl.name.text : undefined;
  }
  return undefined;
}

// A helper import for `require("...")` constants: runtime functions and function formats.
function helperOf(init: ts.Expression, source: ts.SourceFile): [string, string] | undefined {
  const text = init.getText(source);
  const required = /^require\("([^"]+)"\)(.*)$/.exec(text);
  if (!required) return undefined;
  const [, module = "", rest = ""] = required;
  if (module in RUNTIME && rest === ".default") return RUNTIME[module];
  const format = /^\.fullFormats(?:\.([\w]+)|\["([^"]+)"\])$/.exec(rest);
  if (module === "ajv-formats/dist/formats" && format) {
    return [`${camel(format[1] ?? format[2] ?? "")}Format`, "_formats"];
  }
  throw new Error(
    `Ajv's output needs "${text}", which has no runtime helper in the validators package`,
  );
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
 * Splits Ajv's standalone module into one chunk per exported function. `names` maps Ajv's export
 * names to the names the functions get; `prefix` names the private functions and marks the variant
 * (`check` stops at the first issue and keeps no error details; anything else collects issues).
 */
export function splitStandalone(
  code: string,
  names: Record<string, string>,
  prefix: string,
): Record<string, Chunk> {
  const source = ts.createSourceFile(
    "ajv.ts",
    code,
    ts.ScriptTarget.ES2022,
    true,
    ts.ScriptKind.TS,
  );
  const top = new Map<string, TopLevel>();
  const rename = new Map<string, string>();
  const helpers = new Map<string, [string, string]>();
  const schemas = new Map<string, unknown>();
  const formatFunctions = new Set<string>();
  const wrappers = new Map<string, string>();
  for (const node of source.statements) {
    if (ts.isExpressionStatement(node)) {
      const target = node.expression.getText(source);
      if (target === '"use strict"') continue;
      const owner = /^(\w+)\.\w+ = /.exec(target)?.[1];
      const entry = owner === undefined ? undefined : top.get(owner);
      if (!entry) throw new Error(`Unexpected statement in Ajv's output: ${target.slice(0, 80)}`);
      entry.extra.push(node);
      continue;
    }
    if (
      ts.isVariableStatement(node) &&
      node.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
    ) {
      for (const decl of node.declarationList.declarations) {
        const exported = (decl.name as ts.Identifier).text;
        const target = decl.initializer?.getText(source) ?? "";
        const name = names[exported];
        if (name === undefined)
          throw new Error(`Ajv exported "${exported}", which was not asked for`);
        rename.set(target, name);
      }
      continue;
    }
    const name = declaredName(node);
    if (name === undefined)
      throw new Error(`Unexpected statement in Ajv's output: ${node.getText(source).slice(0, 80)}`);
    top.set(name, { node, extra: [], deps: new Set() });
    if (ts.isVariableStatement(node)) {
      const init = node.declarationList.declarations[0]?.initializer;
      if (!init) continue;
      const helper = helperOf(init, source);
      if (helper) {
        helpers.set(name, helper);
        rename.set(name, helper[0]);
        if (name.startsWith("formats")) formatFunctions.add(name);
      } else if (name.startsWith("schema")) schemas.set(name, JSON.parse(init.getText(source)));
      else if (ts.isRegularExpressionLiteral(init) || /^new RegExp\(/.test(init.getText(source))) {
        rename.set(name, contentName("re", init.getText(source)));
      } else if (/^\{validate: \w+\}$/.test(init.getText(source))) {
        // Ajv's indirection for a recursive $ref: calls go straight to the function instead.
        wrappers.set(name, init.getText(source).slice("{validate: ".length, -1));
      } else if (init.getText(source) === "Object.prototype.hasOwnProperty") {
        rename.set(name, "hasOwnProperty");
      } else
        throw new Error(
          `Unexpected constant in Ajv's output: ${node.getText(source).slice(0, 80)}`,
        );
    }
  }
  for (const [name, entry] of top) {
    if (!rename.has(name)) rename.set(name, `${prefix}_${name}`);
    const visit = (node: ts.Node): void => {
      if (ts.isIdentifier(node) && node.text !== name && top.has(node.text))
        entry.deps.add(node.text);
      ts.forEachChild(node, visit);
    };
    for (const node of [entry.node, ...entry.extra]) visit(node);
  }

  // Schema parts that are objects become module constants, so a loop does not rebuild them.
  const hoisted = new Map<string, string>();
  let hoistedBy = new Set<string>();
  const inline = (value: unknown): string => {
    const json = JSON.stringify(value);
    if (value === null || typeof value !== "object") return json;
    const name = hoisted.get(json) ?? contentName("schema", json);
    hoisted.set(json, name);
    hoistedBy.add(`const ${name} = ${json};`);
    return name;
  };

  // Rewrites one statement: new names, inlined schema values, typed signatures, no error details.
  const rewrite = (node: ts.Statement): string => {
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
    let text = source.text.slice(node.getStart(source), node.getEnd());
    const base = node.getStart(source);
    for (const edit of edits.sort((a, b) => b.start - a.start || b.end - a.end)) {
      text = text.slice(0, edit.start - base) + edit.text + text.slice(edit.end - base);
    }
    if (
      prefix === "check" &&
      /\b(?:instancePath|parentData|parentDataProperty|rootData)\b/.test(text)
    ) {
      throw new Error(
        `A checking function still needs its context argument: ${text.slice(0, 120)}`,
      );
    }
    return indent(text.replace(/\): boolean\s*\{/, "): boolean {"));
  };

  const roots = new Set(
    [...rename.entries()].filter(([, v]) => Object.values(names).includes(v)).map(([k]) => k),
  );
  const chunks: Record<string, Chunk> = {};
  for (const root of roots) {
    const order: string[] = [];
    const calls = new Set<string>();
    const used: Record<string, string> = {};
    const seen = new Set<string>();
    const walk = (name: string): void => {
      if (seen.has(name)) return;
      seen.add(name);
      if (name !== root && roots.has(name)) {
        calls.add(rename.get(name) ?? name);
        return;
      }
      const helper = helpers.get(name);
      if (helper) {
        used[helper[0]] = helper[1];
        return;
      }
      const entry = top.get(name);
      for (const dep of [...(entry?.deps ?? [])].sort()) walk(dep);
      if (entry && !schemas.has(name) && !wrappers.has(name)) order.push(name);
    };
    walk(root);
    hoistedBy = new Set();
    const code = order.flatMap((name) => {
      const entry = top.get(name) as TopLevel;
      const texts = [entry.node, ...entry.extra].map(rewrite);
      if (prefix !== "check" && ts.isFunctionDeclaration(entry.node)) {
        // Declares the `errors` property Ajv sets inside the function, where TypeScript cannot see it.
        const own = rename.get(name) ?? name;
        texts[0] = `${texts[0]}\n\nexport declare namespace ${own} {\n  let errors: unknown;\n}`;
      }
      return texts;
    });
    const statements = [...[...hoistedBy].sort(), ...code];
    chunks[rename.get(root) ?? root] = { statements, calls: [...calls].sort(), helpers: used };
  }
  return chunks;
}
