import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { readSdkCalls, type SdkCall } from "./sdk-calls.js";
import { sdkShape } from "./sdk-shape.js";
import type { Field, Shape } from "./shape.js";

/** One method of the SDK, with what it sends and what it answers, as shapes. */
export interface SdkMethod {
  /** The SDK's name for it: `zeroTrust.devices.deploymentGroups.create`. */
  name: string;
  /** Where it is declared, relative to the SDK folder, and its params type. */
  source: string;
  verb: string;
  path: string;
  query?: Shape;
  body?: Shape;
  result: Shape;
}

/** Every `*.d.ts` below a folder. */
function declarationFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".d.ts"))
    .map((f) => join(dir, f))
    .sort();
}

/**
 * Reads every resource method below `dir` (the SDK's `resources/zero-trust/devices`): its name from
 * the class's `_key`, its route from the compiled `.js` beside the `.d.ts`, its params and result
 * types through the type checker.
 */
export function readSdkMethods(dir: string): SdkMethod[] {
  const files = declarationFiles(dir);
  // The SDK's core imports its whole client; only pagination's params types matter here, so the
  // program holds the Devices files and that one, and resolves nothing else.
  const pagination = join(dir, "../../../core/pagination.d.ts");
  const program = ts.createProgram([...files, pagination], {
    strict: true,
    noEmit: true,
    noResolve: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  const methods: SdkMethod[] = [];
  for (const fileName of files) {
    const file = program.getSourceFile(fileName);
    if (!file) continue;
    const jsName = fileName.replace(/\.d\.ts$/, ".js");
    const calls = new Map(
      readSdkCalls(jsName, readFileSync(jsName, "utf8")).map((c) => [c.name, c]),
    );
    for (const cls of file.statements.filter(ts.isClassDeclaration)) {
      const key = resourceKey(cls);
      if (!key || !cls.name) continue;
      for (const member of cls.members.filter(ts.isMethodDeclaration)) {
        const methodName = member.name.getText(file);
        const call = calls.get(`${cls.name.text}.${methodName}`);
        if (!call) throw new Error(`no route for ${cls.name.text}.${methodName} in ${jsName}`);
        methods.push({
          name: [...key, methodName].join("."),
          source: relative(dir, fileName),
          ...readSignature(checker, member, call),
        });
      }
    }
  }
  return methods;
}

function resourceKey(cls: ts.ClassDeclaration): string[] | undefined {
  for (const member of cls.members) {
    if (!ts.isPropertyDeclaration(member) || member.name.getText() !== "_key" || !member.type)
      continue;
    const tuple = ts.isTypeOperatorNode(member.type) ? member.type.type : member.type;
    if (!ts.isTupleTypeNode(tuple)) return undefined;
    return tuple.elements.map((e) => e.getText().replace(/^'|'$/g, ""));
  }
  return undefined;
}

function readSignature(
  checker: ts.TypeChecker,
  member: ts.MethodDeclaration,
  call: SdkCall,
): Pick<SdkMethod, "verb" | "path" | "query" | "body" | "result"> {
  const params = member.parameters.find((p) => p.name.getText() === "params");
  const paramsShape = params?.type
    ? sdkShape(checker, checker.getTypeFromTypeNode(params.type))
    : undefined;
  const own = { ...paramsShape?.properties };
  for (const name of call.pathParams) delete own[name];
  const out: Pick<SdkMethod, "verb" | "path" | "query" | "body" | "result"> = {
    verb: call.verb,
    path: call.path,
    result: resultShape(checker, member),
  };
  if (call.body && "prop" in call.body) {
    const prop = own[call.body.prop];
    if (prop) out.body = prop.shape;
    delete own[call.body.prop];
  } else if (call.body) {
    out.body = { kinds: ["object"], properties: own };
  }
  if (call.query) {
    const wanted = "props" in call.query ? new Set(call.query.props) : undefined;
    const picked = Object.entries(own).filter(([name]) => !wanted || wanted.has(name));
    out.query = { kinds: ["object"], properties: flattenQuery(Object.fromEntries(picked)) };
  }
  return out;
}

/** Query objects travel in dot notation (`last_seen_user.email`), as the spec names them. */
function flattenQuery(props: Record<string, Field>, prefix = ""): Record<string, Field> {
  const out: Record<string, Field> = {};
  for (const [name, field] of Object.entries(props)) {
    const { shape } = field;
    if (shape.properties && !shape.kinds.includes("array")) {
      Object.assign(out, flattenQuery(shape.properties, `${prefix}${name}.`));
    } else {
      out[`${prefix}${name}`] = field;
    }
  }
  return out;
}

// APIPromise<T> answers T; PagePromise<Page, Item> answers a list of Item.
function resultShape(checker: ts.TypeChecker, member: ts.MethodDeclaration): Shape {
  const type = member.type;
  if (!type || !ts.isTypeReferenceNode(type) || !type.typeArguments) {
    throw new Error(`unexpected return type of ${member.name.getText()}`);
  }
  const name = type.typeName.getText();
  const arg = name === "PagePromise" ? type.typeArguments[1] : type.typeArguments[0];
  if (!arg) throw new Error(`no type argument in ${type.getText()}`);
  const shape = sdkShape(checker, checker.getTypeFromTypeNode(arg));
  return name === "PagePromise" ? { kinds: ["array"], items: shape } : shape;
}
