import { parse } from "yaml";
import type { Disagreement } from "./audit.js";

/** A deliberate difference from the SDK: where it is (`operationId /pointer`), its kind, why. */
export interface Deviation {
  kind: Disagreement["kind"];
  reason: string;
  at: string[];
}

/** The audit's verdict once the deliberate deviations are set aside. */
export interface AuditVerdict {
  /** Disagreements that no deviation lists. */
  unlisted: Disagreement[];
  /** Listed places (`kind operationId /pointer`) where no such disagreement occurs any more. */
  stale: string[];
}

const placeOf = (d: Pick<Disagreement, "operation" | "pointer">) =>
  `${d.operation} ${d.pointer || "/"}`;

/** Reads the deviation list (YAML: a list of `{ kind, reason, at: [operationId /pointer] }`). */
export function parseDeviations(text: string): Deviation[] {
  const list = parse(text) as unknown;
  if (!Array.isArray(list)) throw new Error("the deviation list must be a YAML list");
  return list.map((entry, i) => {
    const { kind, reason, at } = (entry ?? {}) as Partial<Deviation>;
    if (typeof kind !== "string" || typeof reason !== "string" || reason.trim() === "") {
      throw new Error(`deviation ${i}: needs a kind and a reason`);
    }
    if (!Array.isArray(at) || at.length === 0 || !at.every((a) => typeof a === "string")) {
      throw new Error(`deviation ${i}: needs "at", a list of "operationId /pointer"`);
    }
    return { kind, reason, at };
  });
}

/** Sets the listed deviations aside; what is left is unlisted, and what was listed but not met is stale. */
export function judgeAudit(
  found: readonly Disagreement[],
  deviations: readonly Deviation[],
): AuditVerdict {
  const listed = new Map<string, boolean>();
  for (const dev of deviations) for (const at of dev.at) listed.set(`${dev.kind} ${at}`, false);
  const unlisted: Disagreement[] = [];
  for (const d of found) {
    const key = `${d.kind} ${placeOf(d)}`;
    if (listed.has(key)) listed.set(key, true);
    else unlisted.push(d);
  }
  const stale = [...listed].filter(([, met]) => !met).map(([key]) => key);
  return { unlisted, stale };
}
