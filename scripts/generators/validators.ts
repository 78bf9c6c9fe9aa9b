import { posix } from "node:path";
import { compileStandalone } from "./validators-ajv.js";
import {
  collectOperations,
  type JsonSchema,
  type OpenApiDocument,
  type OperationParts,
} from "./validators-openapi.js";
import {
  fit,
  HEADER,
  kebab,
  lowerFirst,
  naturalCompare,
  objectLiteral,
  propertyKey,
  renderChunks,
  renderImports,
} from "./validators-render.js";
import { transformSchema } from "./validators-schema.js";
import { type Chunk, splitStandalone } from "./validators-split.js";

/** Where the validators generator writes and what the files import. */
export interface EmitValidatorsOptions {
  /** Folder of the emitted files, relative to the repository root. */
  outDir?: string;
  /** Folder of the package's hand-written runtime (`_create-validator.ts`, ...), relative to the root. */
  runtimeDir?: string;
  /** Package the generated types (`components`, `operations`) are imported from. */
  typesModule?: string;
  /** Or a file of such types, relative to the repository root (fixtures bring their own). */
  typesFile?: string;
}

interface Root {
  id: string;
  name: string;
  file: string;
}

/** The wire form of a parameter: how a string from a URL becomes the value the schema describes. */
function coercionOf(schema: JsonSchema): string | undefined {
  if (typeof schema !== "object") return undefined;
  const types = (Array.isArray(schema.type) ? schema.type : [schema.type]).filter(
    (t) => t !== "null",
  );
  const [type] = types;
  if (type === "array") {
    const item = schema.items === undefined ? undefined : coercionOf(schema.items as JsonSchema);
    return item === undefined ? "array" : `array:${item}`;
  }
  return type === "number" || type === "integer" || type === "boolean" ? type : undefined;
}

function parametersSchema(op: OperationParts, where: "path" | "query", doc: OpenApiDocument) {
  const params = op.parameters.filter((p) => p.in === where);
  const required = params.filter((p) => p.required).map((p) => p.name);
  return {
    type: "object",
    properties: Object.fromEntries(
      params.map((p) => [
        p.name,
        transformSchema(p.schema, doc, `${op.operationId} ${where} ${p.name}`),
      ]),
    ),
    ...(required.length > 0 ? { required } : {}),
    additionalProperties: false,
  };
}

function requestSchema(op: OperationParts, doc: OpenApiDocument): JsonSchema {
  const properties: Record<string, unknown> = {
    params: parametersSchema(op, "path", doc),
    query: parametersSchema(op, "query", doc),
  };
  const required = ["params", "query"];
  if (op.body) {
    properties.body = transformSchema(op.body.schema, doc, `${op.operationId} request body`);
    if (op.body.required) required.push("body");
  }
  return { type: "object", properties, required, additionalProperties: false };
}

function relative(from: string, to: string): string {
  const path = posix.relative(posix.dirname(from), to);
  return path.startsWith(".") ? path : `./${path}`;
}

/**
 * Emits one precompiled validator module per component schema (`schemas/<name>.gen.ts`) and per
 * operation (`operations/<operationId>.gen.ts`: request and responses), plus `schemas.gen.ts` (the
 * public guards) and `operations.gen.ts` (operation modules loaded on demand, by operationId).
 */
export function emitValidators(
  spec: OpenApiDocument,
  options: EmitValidatorsOptions = {},
): { path: string; contents: string }[] {
  const outDir = options.outDir ?? "packages/validators/src";
  const runtimeDir = options.runtimeDir ?? outDir;
  const typesModule = options.typesModule ?? "@zt-devices/types";
  const schemas: Record<string, JsonSchema> = {};
  const roots: Root[] = [];
  const components = Object.keys(spec.components?.schemas ?? {}).sort();
  for (const name of components) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
      throw new Error(`Component schema name "${name}" is not an identifier`);
    const schema = spec.components?.schemas?.[name] as JsonSchema;
    schemas[name] = transformSchema(schema, spec, `#/components/schemas/${name}`);
    roots.push({ id: name, name, file: `${outDir}/schemas/${kebab(name)}.gen.ts` });
  }
  const operations = collectOperations(spec);
  for (const op of operations) {
    const file = `${outDir}/operations/${kebab(op.operationId)}.gen.ts`;
    schemas[`${op.operationId}~request`] = requestSchema(op, spec);
    roots.push({ id: `${op.operationId}~request`, name: `${op.operationId}_request`, file });
    for (const [status, schema] of Object.entries(op.responses)) {
      if (schema === undefined) continue;
      const id = `${op.operationId}~${status}`;
      schemas[id] = transformSchema(schema, spec, `${op.operationId} response ${status}`);
      roots.push({ id, name: `${op.operationId}_${status}`, file });
    }
  }
  const exportsOf = (prefix: string) =>
    Object.fromEntries(roots.map((r, i) => [`root${i}`, `${prefix}_${r.name}`]));
  const refs = Object.fromEntries(roots.map((r, i) => [`root${i}`, r.id]));
  const check = splitStandalone(
    compileStandalone(schemas, refs, false),
    exportsOf("check"),
    "check",
  );
  const collect = splitStandalone(
    compileStandalone(schemas, refs, true),
    exportsOf("collect"),
    "collect",
  );
  const fileOf = new Map(
    roots.flatMap((r) => [
      [`check_${r.name}`, r.file],
      [`collect_${r.name}`, r.file],
    ]),
  );

  const files = new Map<string, { chunks: Chunk[]; roots: Root[] }>();
  for (const root of roots) {
    const entry = files.get(root.file) ?? { chunks: [], roots: [] };
    entry.chunks.push(
      check[`check_${root.name}`] as Chunk,
      collect[`collect_${root.name}`] as Chunk,
    );
    entry.roots.push(root);
    files.set(root.file, entry);
  }

  const out: { path: string; contents: string }[] = [];
  for (const [file, { chunks, roots: own }] of files) {
    const imports = new Map<string, Set<string>>();
    const add = (module: string, name: string) =>
      imports.set(module, (imports.get(module) ?? new Set()).add(name));
    for (const chunk of chunks) {
      for (const call of chunk.calls) {
        const target = fileOf.get(call) as string;
        if (target !== file) add(relative(file, target.replace(/\.ts$/, ".js")), call);
      }
      for (const [helper, module] of Object.entries(chunk.helpers)) {
        add(relative(file, `${runtimeDir}/${module}.js`), helper);
      }
    }
    const types = options.typesFile
      ? relative(file, options.typesFile.replace(/\.ts$/, ".js"))
      : typesModule;
    const typeOnly = new Set([types]);
    const isOperation = own[0]?.id.includes("~");
    const api = isOperation
      ? renderOperation(
          operations.find((op) => `${op.operationId}_request` === own[0]?.name) as OperationParts,
          add,
          types,
          file,
          runtimeDir,
          typeOnly,
        )
      : renderComponent(own[0] as Root, add, types, file, runtimeDir);
    const exported = renderChunks(chunks).replace(/^function /gm, "export function ");
    out.push({
      path: file,
      contents: `${HEADER}\n${renderImports(imports, typeOnly)}\n\n${api.types}${exported}\n\n${api.body}\n`,
    });
  }

  const index = [...components]
    .sort((a, b) => naturalCompare(kebab(a), kebab(b)))
    .map((name) => {
      const names = [`assert${name}`, `is${name}`, `${lowerFirst(name)}Validator`].sort(
        naturalCompare,
      );
      return fit("export { ", names, ` } from "./schemas/${kebab(name)}.gen.js";`);
    });
  out.push({ path: `${outDir}/schemas.gen.ts`, contents: `${HEADER}\n${index.join("\n")}\n` });
  const loaders = operations.map((op) => {
    const line = `  ${op.operationId}: () => import("./operations/${kebab(op.operationId)}.gen.js"),`;
    return line.length <= 100 ? line : line.replace(" => ", " =>\n    ");
  });
  out.push({
    path: `${outDir}/operations.gen.ts`,
    contents: `${HEADER}\n\n/** Loads the request and response validators of one operation, by operationId, on first use. */\nexport const operationValidators = {${loaders.length > 0 ? `\n${loaders.join("\n")}\n` : ""}};\n`,
  });
  return out.sort((a, b) => (a.path < b.path ? -1 : 1));
}

type Add = (module: string, name: string) => void;

function renderComponent(
  root: Root,
  add: Add,
  typesModule: string,
  file: string,
  runtimeDir: string,
) {
  const { name } = root;
  add(typesModule, "components");
  add(relative(file, `${runtimeDir}/_create-validator.js`), "createValidator");
  add(relative(file, `${runtimeDir}/_create-validator.js`), "failure");
  const types = `type T = components["schemas"]["${name}"];\n\n`;
  const body = [
    `/** Checks values against the \`${name}\` schema; implements Standard Schema v1. */`,
    fit(
      `export const ${lowerFirst(name)}Validator = /* @__PURE__ */ createValidator<T>(`,
      [JSON.stringify(name), `check_${name}`, `collect_${name}`],
      ");",
    ),
    "",
    `/** Whether \`value\` is a valid \`${name}\`; stops at the first issue. */`,
    fit(`export function is${name}(`, ["value: unknown"], "): value is T {"),
    `  return check_${name}(value);`,
    "}",
    "",
    `/** Throws a \`ValidationError\` listing every issue unless \`value\` is a valid \`${name}\`. */`,
    fit(`export function assert${name}(`, ["value: unknown"], "): asserts value is T {"),
    `  if (check_${name}(value)) return;`,
    fit("throw failure(", [JSON.stringify(name), `collect_${name}`, "value"], ");", "  "),
    "}",
  ];
  return { types, body: body.join("\n") };
}

function renderOperation(
  op: OperationParts,
  add: Add,
  typesModule: string,
  file: string,
  runtimeDir: string,
  typeOnly: Set<string>,
) {
  const id = op.operationId;
  const types = `type Operation = operations["${id}"];\n\n`;
  add(typesModule, "operations");
  add(relative(file, `${runtimeDir}/_create-validator.js`), "createValidator");
  const opTypes = relative(file, `${runtimeDir}/operation-types.js`);
  add(opTypes, "RequestOf");
  typeOnly.add(opTypes);
  const body = [
    `/** Checks the path parameters, query and body of a \`${id}\` request. */`,
    fit(
      "export const request = /* @__PURE__ */ createValidator<RequestOf<Operation>>(",
      [JSON.stringify(`${id} request`), `check_${id}_request`, `collect_${id}_request`],
      ");",
    ),
    "",
    `/** Checks \`${id}\` response bodies, keyed by status, \`4XX\`-style range or \`default\`; \`null\` for no JSON body. */`,
    "export const responses = {",
  ];
  const statuses = Object.keys(op.responses).sort();
  if (statuses.some((s) => op.responses[s] !== undefined)) add(opTypes, "ResponseOf");
  for (const status of statuses) {
    const key = propertyKey(status);
    if (op.responses[status] === undefined) {
      body.push(`  ${key}: null,`);
      continue;
    }
    const statusType = /^\d+$/.test(status) ? status : JSON.stringify(status);
    body.push(
      fit(
        `${key}: /* @__PURE__ */ createValidator<ResponseOf<Operation, ${statusType}>>(`,
        [
          JSON.stringify(`${id} ${status} response`),
          `check_${id}_${status}`,
          `collect_${id}_${status}`,
        ],
        "),",
        "  ",
      ),
    );
  }
  body.push("};", "");
  const coercions = (where: "path" | "query") =>
    op.parameters
      .filter((p) => p.in === where)
      .map((p) => [p.name, coercionOf(p.schema)] as const)
      .filter(([, c]) => c !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([name, c]) => `${propertyKey(name)}: ${JSON.stringify(c)}`);
  body.push(
    "/** How path and query values that arrive as strings become the types the schemas describe. */",
    "export const coercion = {",
    objectLiteral(coercions("path"), "  params: ", ","),
    objectLiteral(coercions("query"), "  query: ", ","),
    "};",
  );
  return { types, body: body.join("\n") };
}
