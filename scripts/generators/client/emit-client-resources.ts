import { compare, generatedHeader } from "../../generate/generated-file.js";
import type { Model } from "../../model/model.js";
import { modelOf } from "../../model/read-model.js";
import { type LeftOut, leftOutComment } from "../left-out.js";
import { collectResourceOperations, type ResourceOperation } from "./resource-operations.js";

/** Where the generated file imports from; the defaults suit `packages/client/src/`. */
export interface ClientResourcesOptions {
  /** Module exporting the `operations` type. Default `@zt-devices/types`. */
  typesModule?: string;
  /** Module exporting `operationTable`. Default `@zt-devices/types/operations`. */
  tableModule?: string;
  /** Folder of the client's hand-written modules, relative to the output. Default `.`. */
  coreDir?: string;
  /** The spec named in the header. Default `spec/openapi.yaml`. */
  source?: string;
}

/**
 * Emits `packages/client/src/resources.gen.ts`: the `Resources` interface typing each method of
 * the client from openapi-typescript's `operations`, its JSDoc linking to the operation's entry in
 * the shared `operationTable` (`@zt-devices/types/operations`, which `createClient` binds), so that
 * a reader goes from `zt.posture.list` to the operation in one jump. Lines are left for Biome to
 * wrap (scripts/generate.ts formats every file); imports are emitted in the order Biome's
 * organizer keeps, which formatting alone would not fix.
 */
export function emitClientResources(
  input: Model | object,
  options: ClientResourcesOptions = {},
): { path: string; contents: string }[] {
  const {
    typesModule = "@zt-devices/types",
    tableModule = "@zt-devices/types/operations",
    coreDir = ".",
    source = "spec/openapi.yaml",
  } = options;
  const leftOut: LeftOut[] = [];
  const ops = collectResourceOperations(modelOf(input), leftOut);
  const tree = buildTree(ops);
  const methods = emitTree(tree, 1, ";", transformOperationSignature);
  const helpers = ["BareCall", "Body", "Call", "ListCall", "Params", "PathParam"].filter((h) =>
    methods.some((line) => line.includes(`${h}<`)),
  );
  const imports = sortImports([
    [typesModule, "operations as OperationTypes"],
    // Read by the JSDoc links only: `{@link operationTable.listPostureRules}`.
    [tableModule, "operationTable"],
    [`${coreDir}/client-options.js`, "RequestOptions"],
    [`${coreDir}/operation-types.js`, helpers.join(", ")],
  ]);
  const lines = [
    generatedHeader("client/emit-client-resources", source).trimEnd(),
    ...leftOutComment(leftOut),
    ...imports,
    "",
    ...[...ops]
      .sort((a, b) => compare(a.operationId, b.operationId))
      .map((op) => `type ${typeName(op)} = OperationTypes["${op.operationId}"];`),
    "",
    "/** The resource methods of a client, grouped the way the API reference groups them. */",
    "export interface Resources {",
    ...methods,
    "}",
    "",
  ];
  return [{ path: "packages/client/src/resources.gen.ts", contents: lines.join("\n") }];
}

/** The method signature of an operation in the `Resources` interface, JSDoc included. */
export function transformOperationSignature(op: ResourceOperation, indent: number): string[] {
  const t = typeName(op);
  const args = op.positional.map((p) => `${p.arg}: PathParam<${t}, "${p.name}">`);
  if (op.body) args.push(`body${op.body === "optional" ? "?" : ""}: Body<${t}>`);
  args.push(`params${op.paramsRequired ? "" : "?"}: Params<${t}>`, "options?: RequestOptions");
  const result = `${op.pagination ? "ListCall" : op.envelope ? "Call" : "BareCall"}<${t}>`;
  const pad = "  ".repeat(indent);
  const doc = [
    ...(op.summary ? [escapeDoc(op.summary), ""] : []),
    `{@link operationTable.${op.operationId} | ${op.operationId}}: \`${op.method} ${op.path}\``,
    ...(op.deprecated ? ["@deprecated"] : []),
  ];
  return [
    `${pad}/**`,
    ...doc.map((d) => (d ? `${pad} * ${d}` : `${pad} *`)),
    `${pad} */`,
    `${pad}${op.name}(${args.join(", ")}): ${result};`,
  ];
}

interface Node {
  ops: Map<string, ResourceOperation>;
  groups: Map<string, Node>;
}

function buildTree(ops: ResourceOperation[]): Node {
  const root: Node = { ops: new Map(), groups: new Map() };
  for (const op of ops) {
    let node = root;
    op.resource.forEach((segment, depth) => {
      const clash = node.ops.get(segment);
      if (clash) throw clashError(op.resource.slice(0, depth + 1), clash);
      let next = node.groups.get(segment);
      if (!next) {
        next = { ops: new Map(), groups: new Map() };
        node.groups.set(segment, next);
      }
      node = next;
    });
    if (node.groups.has(op.name)) throw clashError([...op.resource, op.name], op);
    node.ops.set(op.name, op);
  }
  return root;
}

function clashError(at: string[], op: ResourceOperation): Error {
  return new Error(`${at.join(".")} is both a method (${op.operationId}) and a group`);
}

function emitTree(
  node: Node,
  indent: number,
  close: "," | ";",
  leaf: (op: ResourceOperation, indent: number) => string[],
): string[] {
  const pad = "  ".repeat(indent);
  const keys = [...node.ops.keys(), ...node.groups.keys()].sort(compare);
  return keys.flatMap((key) => {
    const op = node.ops.get(key);
    if (op) return leaf(op, indent);
    const child = node.groups.get(key) as Node;
    return [`${pad}${key}: {`, ...emitTree(child, indent + 1, close, leaf), `${pad}}${close}`];
  });
}

function typeName(op: ResourceOperation): string {
  return op.operationId.charAt(0).toUpperCase() + op.operationId.slice(1);
}

/** `import type` lines in the order Biome's organizer keeps: packages, then paths from the farthest. */
function sortImports(imports: [from: string, names: string][]): string[] {
  const rank = (from: string) =>
    from.startsWith(".") ? 1000 - (from.match(/\.\.\//g)?.length ?? 0) : 0;
  return imports
    .sort(([a], [b]) => rank(a) - rank(b) || compare(a, b))
    .map(([from, names]) => `import type { ${names} } from "${from}";`);
}

function escapeDoc(text: string): string {
  return text.replace(/\s+/g, " ").trim().replaceAll("*/", "*\\/");
}
