import { type EsNode, eachNode, parseModule, textOf } from "./validators-estree.js";

/** A top-level declaration of Ajv's output, the statements that belong to it and what it uses. */
export interface TopLevel {
  node: EsNode;
  extra: EsNode[];
  deps: Set<string>;
}

/** Ajv's standalone output, parsed: its declarations and what each becomes in the generated modules. */
export interface AjvModule {
  /** Ajv's whole output, which the nodes' offsets point into. */
  text: string;
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

function declaredName(node: EsNode): string | undefined {
  if (node.type === "FunctionDeclaration") return node.id?.name;
  if (node.type === "VariableDeclaration") {
    const [decl] = node.declarations;
    return decl?.id.type === "Identifier" ? decl.id.name : undefined;
  }
  return undefined;
}

// A helper import for `require("...")` constants: runtime functions and function formats.
function helperOf(text: string): [string, string] | undefined {
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
  text: string,
  names: Record<string, string>,
  prefix: string,
): AjvModule {
  const top = new Map<string, TopLevel>();
  const rename = new Map<string, string>();
  const helpers = new Map<string, [string, string]>();
  const schemas = new Map<string, unknown>();
  const formatFunctions = new Set<string>();
  const wrappers = new Map<string, string>();
  for (const node of parseModule(text).body as EsNode[]) {
    if (node.type === "ExpressionStatement") {
      if (node.directive === "use strict") continue;
      const target = textOf(text, node.expression);
      const owner = /^(\w+)\.\w+ = /.exec(target)?.[1];
      const entry = owner === undefined ? undefined : top.get(owner);
      if (!entry) throw new Error(`Unexpected statement in Ajv's output: ${target.slice(0, 80)}`);
      entry.extra.push(node);
      continue;
    }
    if (
      node.type === "ExportNamedDeclaration" &&
      node.declaration?.type === "VariableDeclaration"
    ) {
      for (const decl of node.declaration.declarations) {
        const exported = decl.id.name as string;
        const target = decl.init ? textOf(text, decl.init) : "";
        const name = names[exported];
        if (name === undefined)
          throw new Error(`Ajv exported "${exported}", which was not asked for`);
        rename.set(target, name);
      }
      continue;
    }
    const name = declaredName(node);
    if (name === undefined)
      throw new Error(`Unexpected statement in Ajv's output: ${textOf(text, node).slice(0, 80)}`);
    top.set(name, { node, extra: [], deps: new Set() });
    if (node.type === "VariableDeclaration") {
      const init: EsNode | null | undefined = node.declarations[0]?.init;
      if (!init) continue;
      const initText = textOf(text, init);
      const helper = helperOf(initText);
      if (helper) {
        helpers.set(name, helper);
        rename.set(name, helper[0]);
        if (name.startsWith("formats")) formatFunctions.add(name);
      } else if (name.startsWith("schema")) schemas.set(name, JSON.parse(initText));
      else if ((init.type === "Literal" && init.regex) || /^new RegExp\(/.test(initText)) {
        rename.set(name, contentName("re", initText));
      } else if (/^\{validate: \w+\}$/.test(initText)) {
        // Ajv's indirection for a recursive $ref: calls go straight to the function instead.
        wrappers.set(name, initText.slice("{validate: ".length, -1));
      } else if (initText === "Object.prototype.hasOwnProperty") {
        rename.set(name, "hasOwnProperty");
      } else
        throw new Error(`Unexpected constant in Ajv's output: ${textOf(text, node).slice(0, 80)}`);
    }
  }
  for (const [name, entry] of top) {
    if (!rename.has(name)) rename.set(name, `${prefix}_${name}`);
    for (const node of [entry.node, ...entry.extra]) {
      eachNode(node, (n) => {
        if (n.type === "Identifier" && n.name !== name && top.has(n.name)) entry.deps.add(n.name);
      });
    }
  }

  return { text, top, rename, helpers, schemas, formatFunctions, wrappers };
}
