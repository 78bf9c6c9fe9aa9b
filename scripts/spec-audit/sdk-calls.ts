import ts from "typescript";

/** What one SDK method sends: its HTTP method, path template, and where its params go. */
export interface SdkCall {
  /** `Class.method` as the compiled JavaScript names them (`BaseDeploymentGroups.create`). */
  name: string;
  verb: string;
  /** The path with every parameter as `{}`: `/accounts/{}/devices/deployment-groups/{}`. */
  path: string;
  /** The params' names that go into the path. */
  pathParams: string[];
  /** Where the params go that the path does not take: all of them (`rest`), or one (`prop`). */
  query?: { rest: true } | { props: string[] };
  body?: { rest: true } | { prop: string };
}

const VERBS = new Set(["get", "post", "put", "patch", "delete"]);

/** Reads every `this._client.<verb>(path\`...\`, ...)` call of a compiled SDK resource module. */
export function readSdkCalls(fileName: string, text: string): SdkCall[] {
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.JS);
  const calls: SdkCall[] = [];
  const visit = (node: ts.Node, className: string | undefined): void => {
    if (ts.isClassLike(node) && node.name) className = node.name.text;
    if (ts.isMethodDeclaration(node) && className && ts.isIdentifier(node.name)) {
      const call = readMethod(node);
      if (call) calls.push({ name: `${className}.${node.name.text}`, ...call });
      return;
    }
    ts.forEachChild(node, (child) => visit(child, className));
  };
  visit(file, undefined);
  return calls;
}

function readMethod(method: ts.MethodDeclaration): Omit<SdkCall, "name"> | undefined {
  let found: Omit<SdkCall, "name"> | undefined;
  const bindings = new Map<string, "rest" | "named">();
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isObjectBindingPattern(node.name)) {
      for (const el of node.name.elements) {
        if (ts.isIdentifier(el.name))
          bindings.set(el.name.text, el.dotDotDotToken ? "rest" : "named");
      }
    }
    if (ts.isCallExpression(node) && !found) found = readClientCall(node, bindings);
    ts.forEachChild(node, visit);
  };
  visit(method);
  return found;
}

function readClientCall(
  node: ts.CallExpression,
  bindings: Map<string, "rest" | "named">,
): Omit<SdkCall, "name"> | undefined {
  const callee = node.expression;
  if (!ts.isPropertyAccessExpression(callee)) return undefined;
  const target = callee.expression;
  if (!ts.isPropertyAccessExpression(target) || target.name.text !== "_client") return undefined;
  const fn = callee.name.text;
  const template = node.arguments[0] && findTemplate(node.arguments[0]);
  if (!template || (fn !== "getAPIList" && !VERBS.has(fn))) return undefined;
  const options = node.arguments.find(ts.isObjectLiteralExpression);
  let verb = fn === "getAPIList" ? "get" : fn;
  const out: Omit<SdkCall, "name"> = { verb, path: template.path, pathParams: template.params };
  for (const prop of options?.properties ?? []) {
    const key = prop.name && ts.isIdentifier(prop.name) ? prop.name.text : undefined;
    if (ts.isPropertyAssignment(prop) && key === "method" && ts.isStringLiteral(prop.initializer)) {
      verb = prop.initializer.text;
    }
    const value = ts.isShorthandPropertyAssignment(prop)
      ? prop.name
      : ts.isPropertyAssignment(prop)
        ? prop.initializer
        : undefined;
    if (key === "body" && value && ts.isIdentifier(value)) {
      out.body = bindings.get(value.text) === "rest" ? { rest: true } : { prop: value.text };
    }
    if (key === "query" && value) {
      out.query = ts.isObjectLiteralExpression(value)
        ? {
            props: value.properties.flatMap((p) =>
              p.name && ts.isIdentifier(p.name) ? [p.name.text] : [],
            ),
          }
        : { rest: true };
    }
  }
  return { ...out, verb };
}

function findTemplate(node: ts.Node): { path: string; params: string[] } | undefined {
  if (ts.isTaggedTemplateExpression(node)) {
    const t = node.template;
    if (ts.isNoSubstitutionTemplateLiteral(t)) return { path: t.text, params: [] };
    const params = t.templateSpans.map((span) => span.expression.getText());
    const path = t.head.text + t.templateSpans.map((span) => `{}${span.literal.text}`).join("");
    return { path, params };
  }
  return ts.forEachChild(node, findTemplate);
}
