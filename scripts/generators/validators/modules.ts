import { posix } from "node:path";
import type { OperationParts } from "./openapi.js";
import { coercionOf, type RequestParts, requestParts } from "./operation-schema.js";
import { fit, lowerFirst, objectLiteral, propertyKey } from "./render.js";

/** Adds one named import of a module to the module being rendered. */
export type Add = (module: string, name: string) => void;

const specifiers = new Map<string, string>();

/** `from` → `to`, both relative to the repository root, as an import specifier. */
export function relative(from: string, to: string): string {
  // Modules import from a handful of folders: the answer depends on `from`'s folder only.
  const folder = posix.dirname(from);
  const key = `${folder}\n${to}`;
  let specifier = specifiers.get(key);
  if (specifier === undefined) {
    const path = posix.relative(folder, to);
    specifier = path.startsWith(".") ? path : `./${path}`;
    specifiers.set(key, specifier);
  }
  return specifier;
}

/** The public API of a component module: its Standard Schema validator, `isX` and `assertX`. */
export function renderComponent(
  name: string,
  fn: string,
  add: Add,
  typesModule: string,
  file: string,
  runtimeDir: string,
) {
  add(typesModule, "components");
  add(relative(file, `${runtimeDir}/_create-validator.js`), "createValidator");
  add(relative(file, `${runtimeDir}/_create-validator.js`), "failure");
  const types = `type T = components["schemas"]["${name}"];\n\n`;
  const body = [
    `/** Checks values against the \`${name}\` schema; implements Standard Schema v1. */`,
    fit(
      `export const ${lowerFirst(name)}Validator = /* @__PURE__ */ createValidator<T>(`,
      [JSON.stringify(name), fn],
      ");",
    ),
    "",
    `/** Whether \`value\` is a valid \`${name}\`; stops at the first issue. */`,
    fit(`export function is${name}(`, ["value: unknown"], "): value is T {"),
    `  return ${fn}(value);`,
    "}",
    "",
    `/** Throws a \`ValidationError\` listing every issue unless \`value\` is a valid \`${name}\`. */`,
    fit(`export function assert${name}(`, ["value: unknown"], "): asserts value is T {"),
    `  if (${fn}(value)) return;`,
    fit("throw failure(", [JSON.stringify(name), fn, "value"], ");", "  "),
    "}",
  ];
  return { types, body: body.join("\n") };
}

/** The public API of an operation module: `request`, `responses` by status and `coercion`. */
export function renderOperation(
  op: OperationParts,
  fn: (id: string) => string,
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
  add(relative(file, `${runtimeDir}/_request-function.js`), "requestFunction");
  const request = requestParts(op);
  const parameters = (list: RequestParts["path"]) =>
    listLiteral(
      list.map(([name, required, at]) => `[${JSON.stringify(name)}, ${required}, ${fn(at)}]`),
    );
  const parts = [parameters(request.path), parameters(request.query)];
  if (request.body) parts.push(fn(request.body[0]), String(request.body[1]));
  const body = [
    `/** Checks the path parameters, query and body of a \`${id}\` request. */`,
    "export const request = /* @__PURE__ */ createValidator<RequestOf<Operation>>(",
    `  ${JSON.stringify(`${id} request`)},`,
    "  /* @__PURE__ */ requestFunction(",
    ...parts.map((part) => `    ${part},`),
    "  ),",
    ");",
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
        [JSON.stringify(`${id} ${status} response`), fn(`${id}~${status}`)],
        "),",
        "  ",
      ),
    );
  }
  body.push("};", "");
  const coercions = (where: "path" | "query") =>
    op.parameters
      .filter((p) => p.in === where)
      .map((p) => [p.name, coercionOf(p.coercion)] as const)
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

// An array literal of entries as an argument (4 spaces in), on one line when it fits.
function listLiteral(entries: string[]): string {
  const line = `[${entries.join(", ")}]`;
  return line.length <= 100 - 5
    ? line
    : `[\n${entries.map((e) => `      ${e},`).join("\n")}\n    ]`;
}
