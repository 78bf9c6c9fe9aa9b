import type { Model } from "../../model/model.js";
import { modelOf } from "../../model/read-model.js";
import type { Chunk } from "./chunk.js";
import { type EmitInput, emitFunctions } from "./emit.js";
import { relative, renderComponent, renderOperation } from "./modules.js";
import {
  collectOperations,
  type JsonSchema,
  type OpenApiDocument,
  type OperationParts,
} from "./openapi.js";
import { parameterId, requestSchema } from "./operation-schema.js";
import {
  fit,
  HEADER,
  kebab,
  lowerFirst,
  naturalCompare,
  renderChunks,
  renderImports,
} from "./render.js";
import { transformSchema } from "./schema.js";

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
  /** A request: checked by the runtime's `requestFunction` from its parts, not compiled. */
  frame?: true;
}

type Chunks = Record<string, Chunk>;

/**
 * Emits one precompiled validator module per component schema (`schemas/<name>.gen.ts`) and per
 * operation (`operations/<operationId>.gen.ts`: request and responses), plus `schemas.gen.ts` (the
 * public guards) and `operations.gen.ts` (operation modules loaded on demand, by operationId).
 */
export function emitValidators(
  spec: Model | OpenApiDocument,
  options: EmitValidatorsOptions = {},
): { path: string; contents: string }[] {
  const prepared = planValidators(spec, options);
  return assemble(prepared, emitFunctions(prepared.input));
}

export interface Prepared {
  outDir: string;
  runtimeDir: string;
  typesModule: string;
  typesFile?: string;
  roots: Root[];
  components: string[];
  operations: OperationParts[];
  /** Roots whose function is another's: a component a bare `$ref` names, or an equal root before. */
  sameAs: Map<Root, Root>;
  /** Every compiled root's function, by schema id, shared ones included. */
  functionOf: Record<string, string>;
  input: EmitInput;
}

// Schemas are keyed by component name, or `<operationId>~request`, `<operationId>~body`,
// `<operationId>~<path|query>~<name>` and `<operationId>~<status>`.
function describeId(id: string): string {
  const [operationId, part, name] = id.split("~");
  if (part === undefined) return `#/components/schemas/${id}`;
  if (name !== undefined) return `of ${operationId}'s ${part} parameter ${name}`;
  if (part === "request" || part === "body") return `of ${operationId}'s ${part}`;
  return `of ${operationId}'s ${part} response`;
}

/** What the validators generator writes: every schema it compiles, by id, and the modules they go to. */
export function planValidators(
  input: Model | OpenApiDocument,
  options: EmitValidatorsOptions = {},
): Prepared {
  const model = modelOf(input);
  const spec = model.document as OpenApiDocument;
  const outDir = options.outDir ?? "packages/validators/src";
  const runtimeDir = options.runtimeDir ?? outDir;
  const typesModule = options.typesModule ?? "@zt-devices/types";
  const schemas: Record<string, JsonSchema> = {};
  const roots: Root[] = [];
  const components = [...model.schemas.keys()].sort();
  for (const name of components) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
      throw new Error(`Component schema name "${name}" is not an identifier`);
    const schema = model.schemas.get(name) as JsonSchema;
    schemas[name] = transformSchema(schema, spec, `#/components/schemas/${name}`);
    roots.push({ id: name, name, file: `${outDir}/schemas/${kebab(name)}.gen.ts` });
  }
  const operations = collectOperations(model);
  // A parameter's function is named for where it is and its name (`path_account_id`), or, for a
  // second schema under that name, also for the operation.
  const parameterNames = new Map<string, string>();
  for (const op of operations) {
    const file = `${outDir}/operations/${kebab(op.operationId)}.gen.ts`;
    // The whole request is kept for the differential test; its parts are compiled one by one.
    schemas[`${op.operationId}~request`] = requestSchema(op, spec);
    roots.push({
      id: `${op.operationId}~request`,
      name: `${op.operationId}_request`,
      file,
      frame: true,
    });
    for (const p of op.parameters) {
      const id = parameterId(op.operationId, p.in, p.name);
      schemas[id] = transformSchema(p.schema, spec, `${op.operationId} ${p.in} ${p.name}`);
      const short = `${p.in}_${p.name.replace(/\W/g, "_")}`;
      const claimed = parameterNames.get(short);
      const key = JSON.stringify(schemas[id]);
      if (claimed === undefined) parameterNames.set(short, key);
      const name = claimed === undefined || claimed === key ? short : `${op.operationId}_${short}`;
      roots.push({ id, name, file: `${outDir}/parameters.gen.ts` });
    }
    if (op.body) {
      const id = `${op.operationId}~body`;
      schemas[id] = transformSchema(op.body.schema, spec, `${op.operationId} request body`);
      roots.push({ id, name: `${op.operationId}_body`, file });
    }
    for (const [status, schema] of Object.entries(op.responses)) {
      if (schema === undefined) continue;
      const id = `${op.operationId}~${status}`;
      schemas[id] = transformSchema(schema, spec, `${op.operationId} response ${status}`);
      roots.push({ id, name: `${op.operationId}_${status}`, file });
    }
  }
  // An operation's root that is only a reference to a component uses the component's function;
  // roots with the same schema (a get and an update returning the same envelope, ...) share the
  // first one's, imported from its module rather than written again.
  const firstWith = new Map<string, Root>();
  const sameAs = new Map<Root, Root>();
  const byName = new Map(roots.map((r) => [r.id, r]));
  for (const root of roots) {
    const schema = schemas[root.id];
    if (root.frame) continue;
    if (!root.id.includes("~")) {
      // Components are public by name; an equal one before them lends them its function.
      const key = `component ${JSON.stringify(schema)}`;
      const first = firstWith.get(key);
      if (first) sameAs.set(root, first);
      else firstWith.set(key, root);
      continue;
    }
    const target =
      typeof schema === "object" && Object.keys(schema).length === 1 ? schema.$ref : undefined;
    const component = typeof target === "string" ? byName.get(target) : undefined;
    if (component) {
      sameAs.set(root, sameAs.get(component) ?? component);
      continue;
    }
    const key = JSON.stringify(schema);
    const first = firstWith.get(key);
    if (first) sameAs.set(root, first);
    else firstWith.set(key, root);
  }
  // Every component keeps an entry (`$ref`s name it), under the name of the function it uses.
  const functions = Object.fromEntries(
    roots
      .filter((r) => !r.frame && (!sameAs.has(r) || !r.id.includes("~")))
      .map((r) => [r.id, (sameAs.get(r) ?? r).name]),
  );
  return {
    outDir,
    runtimeDir,
    typesModule,
    ...(options.typesFile === undefined ? {} : { typesFile: options.typesFile }),
    roots,
    components,
    operations,
    sameAs,
    functionOf: Object.fromEntries(
      roots.filter((r) => !r.frame).map((r) => [r.id, `validate_${(sameAs.get(r) ?? r).name}`]),
    ),
    input: { schemas, functions, describe: describeId },
  };
}

function assemble(prepared: Prepared, chunks: Chunks) {
  const { outDir, runtimeDir, typesModule, typesFile, roots, components, operations, sameAs } =
    prepared;
  const fileOf = new Map(
    roots.filter((r) => !sameAs.has(r) && !r.frame).map((r) => [`validate_${r.name}`, r.file]),
  );
  const byId = new Map(roots.map((r) => [r.id, r]));
  const fnOf = (root: Root) => `validate_${(sameAs.get(root) ?? root).name}`;
  const files = new Map<string, { chunks: Chunk[]; roots: Root[] }>();
  for (const root of roots) {
    const entry = files.get(root.file) ?? { chunks: [], roots: [] };
    if (!sameAs.has(root) && !root.frame)
      entry.chunks.push(chunks[`validate_${root.name}`] as Chunk);
    entry.roots.push(root);
    files.set(root.file, entry);
  }

  const out: { path: string; contents: string }[] = [];
  for (const [file, { chunks: own, roots: mine }] of files) {
    const imports = new Map<string, Set<string>>();
    const add = (module: string, name: string) =>
      imports.set(module, (imports.get(module) ?? new Set()).add(name));
    const use = (fn: string) => {
      const target = fileOf.get(fn) as string;
      if (target !== file) add(relative(file, target.replace(/\.ts$/, ".js")), fn);
    };
    for (const chunk of own) {
      for (const call of chunk.calls) use(call);
      for (const [helper, module] of Object.entries(chunk.helpers)) {
        add(relative(file, `${runtimeDir}/${module}.js`), helper);
      }
    }
    const types = typesFile ? relative(file, typesFile.replace(/\.ts$/, ".js")) : typesModule;
    const typeOnly = new Set([types]);
    const frame = mine.find((r) => r.frame);
    const rootFn = (id: string) => {
      const root = byId.get(id) as Root;
      use(fnOf(root));
      return fnOf(root);
    };
    const api = !mine[0]?.id.includes("~")
      ? renderComponent(
          (mine[0] as Root).name,
          rootFn((mine[0] as Root).id),
          add,
          types,
          file,
          runtimeDir,
        )
      : frame
        ? renderOperation(
            operations.find((op) => `${op.operationId}~request` === frame.id) as OperationParts,
            rootFn,
            add,
            types,
            file,
            runtimeDir,
            typeOnly,
          )
        : { types: "", body: "" };
    const code = renderChunks(own).replace(/^function /gm, "export function ");
    out.push({
      path: file,
      contents: `${HEADER}\n${renderImports(imports, typeOnly)}\n\n${api.types}${[code, api.body].filter((part) => part !== "").join("\n\n")}\n`,
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
