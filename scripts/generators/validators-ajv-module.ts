import ts from "typescript";

/** A top-level declaration of Ajv's output, the statements that belong to it and what it uses. */
export interface TopLevel {
  node: ts.Statement;
  extra: ts.Statement[];
  deps: Set<string>;
}

/** Ajv's standalone output, parsed: its declarations and what each becomes in the generated modules. */
export interface AjvModule {
  source: ts.SourceFile;
  top: Map<string, TopLevel>;
  /** Ajv's names to the generated ones (exported functions, helpers, regular expressions). */
  rename: Map<string, string>;
  /** Constants Ajv `require`s at run time, to the helper and package module replacing them. */
  helpers: Map<string, [string, string]>;
  /** Schema constants, parsed, so the values the code reads from them can be inlined. */
  schemas: Map<string, unknown>;
  /** Format constants whose `.validate` is a plain function of the package. */
  formatFunctions: Set<string>;
  /** Ajv's `{validate: fn}` indirections for recursive references, to `fn`. */
  wrappers: Map<string, string>;
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

/**
 * Parses Ajv's standalone module. `names` maps Ajv's export names to the names the exported
 * functions get; `prefix` names the other functions.
 */
export function parseStandalone(
  code: string,
  names: Record<string, string>,
  prefix: string,
): AjvModule {
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

  return { source, top, rename, helpers, schemas, formatFunctions, wrappers };
}
