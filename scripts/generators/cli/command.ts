import { HTTP_METHODS } from "../../model/http-methods.js";
import { transformResultColumns } from "./columns.js";
import { type CliFlag, kebabFlag, transformBody, transformParameter } from "./flags.js";
import type { CliOperation } from "./operations.js";
import type { Json } from "./schema.js";

/**
 * A command as emitted: the shape `packages/cli/src/commands/command-spec.ts` declares as
 * `CommandEntry`. Its route, client call, scope and pagination are not written again: the CLI
 * reads them from the shared operation table by `operationId` (`defineGroup`).
 */
export interface CliCommand {
  operationId: string;
  summary: string;
  description?: string;
  flags: CliFlag[];
  body?: { kind: "object" | "array" | "value"; required: boolean };
  destructive?: true;
  deprecated?: string;
  columns?: string[];
}

// `GET /accounts/{account_id}/devices` in prose, for any of the model's methods.
const ROUTE_IN_PROSE = new RegExp(
  `\\b(${HTTP_METHODS.map((m) => m.toUpperCase()).join("|")}) (\\/[^\\s,;)]+)`,
  "g",
);

// The list: delete, revoke, bulk delete and settings reset ask first.
const DESTRUCTIVE = new Set(["delete", "bulkDelete", "revoke", "reset"]);

/** The words that run an operation: its resource and method in kebab-case (`policies default fallback-domains update`). */
export function commandWords(op: Pick<CliOperation, "resource" | "name">): string[] {
  return [...op.resource, op.name].map(kebabFlag);
}

/**
 * What a deprecated operation's description says to use instead, as commands: the spec names
 * the replacements as `GET /accounts/{account_id}/devices/registrations` in prose.
 */
export function transformDeprecation(op: CliOperation, all: readonly CliOperation[]): string {
  const text = op.description ?? "";
  const at = text.search(/deprecated/i);
  const mentions = [...text.slice(Math.max(at, 0)).matchAll(ROUTE_IN_PROSE)];
  const replacements = mentions
    .map(([, method, path]) =>
      all.find((o) => o.method === method && o.path === path?.replace(/\.$/, "")),
    )
    .filter((o): o is CliOperation => o !== undefined && o !== op)
    .map((o) => commandWords(o).join(" "));
  const unique = [...new Set(replacements)];
  return unique.length > 0 ? `use ${unique.join(" or ")}` : "no replacement named";
}

/** One operation as a command: its options, body, pagination, confirmation and table columns. */
export function transformOperation(
  doc: Json,
  op: CliOperation,
  all: readonly CliOperation[],
): CliCommand {
  const flags = op.parameters.map((p) => transformParameter(doc, p));
  // Two parameters of one name (`id` in the path and in the query) each take their place as a prefix.
  const count = new Map<string, number>();
  for (const f of flags) count.set(f.flag, (count.get(f.flag) ?? 0) + 1);
  for (const f of flags) if ((count.get(f.flag) ?? 0) > 1) f.flag = `${f.in}-${f.flag}`;
  const seen = new Set<string>();
  for (const f of flags) {
    if (seen.has(f.flag))
      throw new Error(`${op.operationId}: two parameters want the option --${f.flag}`);
    seen.add(f.flag);
  }
  const body = op.body ? transformBody(doc, op.body, seen) : undefined;
  const columns = transformResultColumns(doc, op.result);
  return {
    operationId: op.operationId,
    summary: op.summary,
    ...(op.description && op.description !== op.summary ? { description: op.description } : {}),
    flags: [...flags, ...(body?.flags ?? [])],
    ...(body ? { body: { kind: body.kind, required: body.required } } : {}),
    ...(DESTRUCTIVE.has(op.name) ? { destructive: true as const } : {}),
    ...(op.deprecated ? { deprecated: transformDeprecation(op, all) } : {}),
    ...(columns ? { columns } : {}),
  };
}
