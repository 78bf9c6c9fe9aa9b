import { compareShapes, type DisagreementKind } from "./compare-shapes.js";
import type { SdkMethod } from "./sdk-methods.js";
import type { SpecOperation } from "./spec-operations.js";

/** One disagreement between the spec and the SDK, named by operationId and JSON pointer. */
export interface Disagreement {
  /** The operationId, or the SDK method's name where the spec has no such operation. */
  operation: string;
  pointer: string;
  kind: DisagreementKind | "operation";
  sdk: string;
  spec: string;
}

/**
 * Pairs every SDK method with the spec operation of the same HTTP method and path, and lists every
 * disagreement: operations one side lacks, then query parameters, request body and result.
 */
export function auditSpec(
  methods: readonly SdkMethod[],
  operations: readonly SpecOperation[],
): Disagreement[] {
  const byRoute = new Map(operations.map((op) => [`${op.verb} ${op.path}`, op]));
  const paired = new Set<SpecOperation>();
  const out: Disagreement[] = [];
  for (const method of methods) {
    const route = `${method.verb.toUpperCase()} ${method.path}`;
    const op = byRoute.get(`${method.verb} ${method.path}`);
    if (!op) {
      out.push({
        operation: method.name,
        pointer: "",
        kind: "operation",
        sdk: route,
        spec: "absent",
      });
      continue;
    }
    paired.add(op);
    const at = (part: string) => (d: ReturnType<typeof compareShapes>[number]) => ({
      operation: op.operationId,
      ...d,
      pointer: `/${part}${d.pointer}`,
    });
    if (method.query) out.push(...compareShapes(method.query, op.query, "").map(at("query")));
    if (method.body && op.body)
      out.push(...compareShapes(method.body, op.body, "").map(at("body")));
    else if (method.body || op.body) {
      out.push({
        operation: op.operationId,
        pointer: "/body",
        kind: "presence",
        sdk: method.body ? "present" : "absent",
        spec: op.body ? "present" : "absent",
      });
    }
    out.push(...compareShapes(method.result, op.result, "").map(at("response/result")));
  }
  for (const op of operations.filter((o) => !paired.has(o))) {
    out.push({
      operation: op.operationId,
      pointer: "",
      kind: "operation",
      sdk: "absent",
      spec: `${op.verb.toUpperCase()} ${op.path}`,
    });
  }
  return out;
}

/** One disagreement in one line: `getPhysicalDevice /response/result/last_seen_at nullable: sdk string | null, spec string`. */
export function formatDisagreement(d: Disagreement): string {
  return `${d.operation} ${d.pointer || "/"} ${d.kind}: sdk ${d.sdk}, spec ${d.spec}`;
}
