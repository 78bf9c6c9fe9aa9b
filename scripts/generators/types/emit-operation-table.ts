import { compare, generatedHeader } from "../../generate/generated-file.js";
import type { Model } from "../../model/model.js";
import type { Operation } from "../../model/operation.js";

/**
 * The flags of an operation's entry, one letter each: `b` a request body, `o` an optional one,
 * `p`/`c` a page/cursor list, `e` a bare answer (no `{ success, result }` envelope). A required
 * body is the plain `b`: the client reads the body flag alone, and every byte of the table is in
 * each client program.
 */
export function transformEntryFlags(op: Operation): string {
  const body = op.body ? (op.body.required ? "b" : "bo") : "";
  return `${body}${op.pagination?.charAt(0) ?? ""}${op.ok?.enveloped === true ? "" : "e"}`;
}

/**
 * The entry of one operation, keyed by its operationId:
 * `id: ["group.method", "METHOD", "/path", "flags"],` (no flags, no fourth item).
 */
export function transformOperationEntry(op: Operation): string {
  const flags = transformEntryFlags(op);
  const name = [...op.resource, op.name].join(".");
  const items = [name, op.method.toUpperCase(), op.path, ...(flags ? [flags] : [])];
  return `  ${op.id}: [${items.map((i) => JSON.stringify(i)).join(", ")}],`;
}

/**
 * Emits `packages/types/src/operations.gen.ts`: `operationTable`, the one runtime description of
 * every operation that the client binds, the mocks route, the CLI runs and the validators' table
 * is checked against. Entries are tuples in path order, the encoding that keeps a client program
 * smallest (decisions/client-operation-table.md); `readOperationEntry` reads one. `entryModule`
 * exports the `OperationTable` type; `source` is the spec the header names.
 */
export function emitOperationTable(
  model: Model,
  entryModule = "./operation-entry.js",
  source = "spec/openapi.yaml",
): string {
  const ops = [...model.operations].sort(
    (a, b) => compare(a.path, b.path) || compare(a.method.toUpperCase(), b.method.toUpperCase()),
  );
  return [
    generatedHeader("types/emit-operation-table", source).trimEnd(),
    `import type { OperationTable } from "${entryModule}";`,
    "",
    "/**",
    " * Every operation of the API, keyed by operationId: `[resource method, HTTP method, path",
    " * template, flags]` (flags: `b` request body, `o` optional body, `p`/`c` page/cursor list,",
    " * `e` bare answer). Read an entry with `readOperationEntry`.",
    " */",
    "export const operationTable = {",
    ...ops.map(transformOperationEntry),
    // `satisfies`, not a type annotation: each entry stays a declaration that `{@link}` reaches.
    "} as const satisfies OperationTable;",
    "",
  ].join("\n");
}
