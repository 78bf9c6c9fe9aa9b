import { compare, type GeneratorResult, generatedHeader } from "../../generate/generated-file.js";
import { SpecError } from "../../model/document.js";
import type { Model } from "../../model/model.js";
import type { Operation } from "../../model/operation.js";
import { type MockRoute, transformExample, transformRoute } from "./routes.js";
import { createSynthesizer } from "./synthesize-example.js";

/** Where the emitted files go and what they import; the defaults suit `packages/mocks/src/`. */
export interface MocksHandlersOptions {
  /** Output folder relative to the repository root. Default `packages/mocks/src`. */
  outDir?: string;
  /** Module exporting `paths` and `operations`. Default `@zt-devices/types`. */
  typesModule?: string;
  /** Module exporting `operationTable`. Default `@zt-devices/types/operations`. */
  tableModule?: string;
  /** Folder of the package's hand-written modules, relative to the output. Default `.`. */
  coreDir?: string;
  /** The spec named in the headers. Default `spec/openapi.yaml`. */
  source?: string;
}

const DEFAULT_BASE_URL = "https://api.cloudflare.com/client/v4";

/**
 * Emits the mock's generated layer: `routes.gen.ts` (every operation's route, from the shared
 * `operationTable` and the query parameters' coercions, checked against the generated `paths`),
 * `examples.gen.ts` (each operation's success answer as JSON, typed as that answer by
 * `exampleTable`) and `handlers.gen.ts` (one msw handler per operation, named from its operationId,
 * typed from its operation).
 */
export function emitMocksHandlers(
  model: Model,
  options: MocksHandlersOptions = {},
): GeneratorResult {
  const {
    outDir = "packages/mocks/src",
    typesModule = "@zt-devices/types",
    tableModule = "@zt-devices/types/operations",
    coreDir = ".",
    source = "spec/openapi.yaml",
  } = options;
  const header = `${generatedHeader("mocks/emit-mocks-handlers", source)}\n`;
  // Unique ids and places: the model refuses a spec where two operations share one.
  const operations = [...model.operations].sort((a, b) => compare(a.id, b.id));
  const routes = operations.map(transformRoute);
  for (const op of operations) refuseUnservable(op);
  const synthesize = createSynthesizer(model.document);
  const examples = operations.map(
    (op) => [op.id, transformExample(op, model.document, synthesize)] as const,
  );
  const documented = operations.every((op) => op.ok?.example !== undefined);
  const baseUrl = model.baseUrl ?? DEFAULT_BASE_URL;
  return {
    files: [
      {
        path: `${outDir}/routes.gen.ts`,
        contents: header + emitRoutes(routes, baseUrl, { typesModule, tableModule, coreDir }),
      },
      {
        path: `${outDir}/examples.gen.ts`,
        contents: header + emitExamples(examples, documented, typesModule, coreDir),
      },
      {
        path: `${outDir}/handlers.gen.ts`,
        contents: header + emitHandlers(routes, typesModule, coreDir),
      },
    ],
    counts: { operations: routes.length },
  };
}

/** The query coercions of one route as an object literal: `{ page: "integer" }`, `{}`. */
export function transformQueryLiteral(route: MockRoute): string {
  const fields = Object.entries(route.query).map(
    ([name, word]) => `${JSON.stringify(name)}: ${JSON.stringify(word)}`,
  );
  return fields.length > 0 ? `{ ${fields.join(", ")} }` : "{}";
}

/** Import lines in the order Biome keeps them: packages, then relative paths, each by name. */
export function sortImports(lines: string[]): string[] {
  const key = (line: string) => {
    const from = /from "([^"]+)";$/.exec(line)?.[1] ?? "";
    return `${from.startsWith(".") ? 1 : 0}${from}`;
  };
  return [...lines].sort((a, b) => compare(key(a), key(b)));
}

function emitRoutes(
  routes: MockRoute[],
  baseUrl: string,
  from: { typesModule: string; tableModule: string; coreDir: string },
): string {
  return [
    ...sortImports([
      `import type { operations, paths } from "${from.typesModule}";`,
      `import { operationTable } from "${from.tableModule}";`,
      'import type { Coercion } from "@zt-devices/validators/coerce";',
      `import type { MisplacedRoutes, NoneOf } from "${from.coreDir}/_route.js";`,
      `import { routesOf } from "${from.coreDir}/_routes-of.js";`,
    ]),
    "",
    "/** Where the API lives; the handlers answer under it unless told another base URL. */",
    `export const defaultBaseUrl = ${JSON.stringify(baseUrl)};`,
    "",
    "/** Every query parameter of each operation, by name, with the coercion of its wire value. */",
    "const query = {",
    ...routes.map((r) => `  ${r.operationId}: ${transformQueryLiteral(r)},`),
    "} as const satisfies Record<string, Coercion>;",
    "",
    "/**",
    " * Every operation's route: method, path, behaviour (`x-resource`, `x-method`), envelope, body",
    " * and pagination from the shared `operationTable`, with its query parameters' coercions.",
    " */",
    "export const routes = routesOf(operationTable, query);",
    "",
    "/** Compiles only while each operation's route is its own in the generated `paths`. */",
    "export type Misplaced = NoneOf<MisplacedRoutes<typeof routes, paths, operations>>;",
    "",
  ].join("\n");
}

/** msw's `http` has a handler for every method but TRACE: such an operation cannot be served. */
function refuseUnservable(op: Operation): void {
  if (op.method === "trace")
    throw new SpecError(
      `${op.pointer}: msw has no handler for TRACE, so the mocks cannot serve ${op.id}; remove the operation or generate the other packages only`,
    );
}

function emitExamples(
  examples: (readonly [string, unknown])[],
  documented: boolean,
  types: string,
  core: string,
): string {
  return [
    ...sortImports([
      `import type { operations } from "${types}";`,
      `import { exampleTable } from "${core}/_example-table.js";`,
    ]),
    "",
    documented
      ? "/** The documented 200 answer of every operation: what the examples mode sends. */"
      : "/** Every operation's success answer, documented or built (decisions/mock-examples.md): what the examples mode sends. */",
    "export const examples = exampleTable<operations>({",
    ...examples.map(
      ([id, example]) =>
        `  ${id}: ${example === undefined ? "undefined" : JSON.stringify(example)},`,
    ),
    "});",
    "",
  ].join("\n");
}

/** msw's form of a path template: `{account_id}` becomes `:account_id`. */
export function transformMswPath(path: string): string {
  return path.replace(/\{([^}]+)\}/g, ":$1");
}

function emitHandlers(routes: MockRoute[], types: string, core: string): string {
  return [
    ...sortImports([
      'import { http } from "msw";',
      `import type { operations } from "${types}";`,
      `import type { ResolverFactory } from "${core}/_resolver-factory.js";`,
    ]),
    "",
    "/**",
    " * One msw handler per operation, named from its operationId. `resolve` answers for the operation",
    " * and passes (returns nothing) when the request belongs to a more specific route, so the order",
    " * of the handlers does not matter.",
    " */",
    "export function createOperationHandlers(resolve: ResolverFactory<operations>, baseUrl: string) {",
    "  return {",
    ...routes.map(
      (r) =>
        `    ${r.operationId}: http.${r.method.toLowerCase()}(\`\${baseUrl}${transformMswPath(r.path)}\`, resolve(${JSON.stringify(r.operationId)})),`,
    ),
    "  };",
    "}",
    "",
    "/** The handlers `createOperationHandlers` returns, by operationId. */",
    "export type OperationHandlers = ReturnType<typeof createOperationHandlers>;",
    "",
  ].join("\n");
}
