/**
 * Which of the spec's operations the reference documents, and where the others come from. The spec
 * may hold operations the reference does not document (the API gained them after the docs), but each
 * must say where it is documented instead, in an `x-source` extension.
 */

const METHODS = ["get", "put", "post", "patch", "delete"] as const;

/** One operation of the bundled spec, loosely typed. */
export interface SpecOperationEntry {
  /** `METHOD /path`, the way the reference's operations are keyed too. */
  key: string;
  operationId: string;
  "x-source"?: unknown;
}

/** An operation beyond the reference, with the source it names. */
export interface SourcedOperation {
  key: string;
  operationId: string;
  source: string;
}

/** How the spec's operations compare with the reference's. */
export interface OperationCoverage {
  /** Documented operations the spec lacks. */
  missing: string[];
  /** Operations beyond the reference that name no source: each needs an `x-source`. */
  unsourced: string[];
  /** Operations beyond the reference, each with its source, in the spec's order. */
  beyond: SourcedOperation[];
  /** Documented operations the spec has. */
  covered: number;
}

/** Keys an operation the way the comparison does: `GET /accounts/{account_id}/devices`. */
export function operationKey(method: string, path: string): string {
  return `${method.toUpperCase()} ${path}`;
}

/** Lists the operations of a bundled spec, keyed by method and path. */
export function specOperationEntries(doc: {
  paths?: Record<string, Record<string, unknown>>;
}): SpecOperationEntry[] {
  return Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m] !== undefined).map((m) => ({
      ...(item[m] as Omit<SpecOperationEntry, "key">),
      key: operationKey(m, path),
    })),
  );
}

/**
 * The source an operation names: a non-empty string (`cloudflare@7.3.0 resources/...`), or an object
 * of non-empty strings (`{ package, version }`), written `package: cloudflare, version: 7.3.0`.
 */
export function sourceOf(operation: { "x-source"?: unknown }): string | undefined {
  const source = operation["x-source"];
  if (typeof source === "string") return source.trim() || undefined;
  if (source === null || typeof source !== "object" || Array.isArray(source)) return undefined;
  const entries = Object.entries(source);
  const named = entries.every(([, v]) => typeof v === "string" && v.trim() !== "");
  return entries.length > 0 && named ? entries.map(([k, v]) => `${k}: ${v}`).join(", ") : undefined;
}

/** Compares the spec's operations with the documented ones (`{ method, path }` each). */
export function operationCoverage(
  documented: { method: string; path: string }[],
  specOperations: SpecOperationEntry[],
): OperationCoverage {
  const documentedKeys = new Set(documented.map((op) => operationKey(op.method, op.path)));
  const inSpec = new Set(specOperations.map((op) => op.key));
  const coverage: OperationCoverage = { missing: [], unsourced: [], beyond: [], covered: 0 };
  for (const key of documentedKeys) {
    if (inSpec.has(key)) coverage.covered++;
    else coverage.missing.push(key);
  }
  for (const op of specOperations) {
    if (documentedKeys.has(op.key)) continue;
    const source = sourceOf(op);
    if (source === undefined) coverage.unsourced.push(`${op.key} (${op.operationId})`);
    else coverage.beyond.push({ key: op.key, operationId: op.operationId, source });
  }
  return coverage;
}

/** Names the operations beyond the reference for a summary, grouped by source in the spec's order. */
export function describeBeyond(beyond: SourcedOperation[]): string {
  if (beyond.length === 0) return "nothing else";
  const bySource = new Map<string, string[]>();
  for (const op of beyond)
    bySource.set(op.source, [...(bySource.get(op.source) ?? []), op.operationId]);
  const groups = [...bySource].map(([source, ids]) => `${ids.join(", ")} from ${source}`);
  return `${beyond.length} beyond the reference: ${groups.join("; ")}`;
}
