import { escapeToken } from "../model/json-pointer.js";
import type { Shape } from "./shape.js";

/** What the two sources disagree on at one place. */
export type DisagreementKind = "presence" | "required" | "nullable" | "type" | "enum";

/** One disagreement between the SDK and the spec, at a JSON pointer below an operation. */
export interface ShapeDifference {
  pointer: string;
  kind: DisagreementKind;
  sdk: string;
  spec: string;
}

const nonNull = (s: Shape) => s.kinds.filter((k) => k !== "null");

/** Describes a shape in one line, TypeScript-like: `string | null`, `"a" | "b"`, `array`. */
export function describeShape(shape: Shape): string {
  const values = shape.enum?.map((v) => JSON.stringify(v)) ?? [];
  const kinds = shape.kinds.filter((k) => !(shape.enum && (k === "string" || k === "number")));
  return [...values, ...kinds].join(" | ") || "never";
}

/**
 * Compares the SDK's shape of a value with the spec's, field by field: presence and required of
 * each property, nullable, the other kinds, and enum values; items and properties recursively.
 */
export function compareShapes(sdk: Shape, spec: Shape, pointer = ""): ShapeDifference[] {
  if (sdk.kinds.includes("any") || spec.kinds.includes("any")) return [];
  const out: ShapeDifference[] = [];
  const add = (kind: DisagreementKind, a: string, b: string) =>
    out.push({ pointer, kind, sdk: a, spec: b });
  if (sdk.kinds.includes("null") !== spec.kinds.includes("null")) {
    add("nullable", describeShape(sdk), describeShape(spec));
  }
  const a = nonNull(sdk);
  const b = nonNull(spec);
  if (a.length > 0 && b.length > 0 && a.join() !== b.join()) {
    add("type", a.join(" | "), b.join(" | "));
  } else if (sameValues(sdk.enum, spec.enum) === false) {
    add("enum", describeValues(sdk.enum), describeValues(spec.enum));
  }
  if (sdk.items && spec.items)
    out.push(...compareShapes(sdk.items, spec.items, `${pointer}/items`));
  if (sdk.properties && spec.properties) {
    for (const key of new Set([...Object.keys(sdk.properties), ...Object.keys(spec.properties)])) {
      const at = `${pointer}/${escapeToken(key)}`;
      const fa = sdk.properties[key];
      const fb = spec.properties[key];
      if (!fa || !fb) {
        out.push({
          pointer: at,
          kind: "presence",
          sdk: fa ? "present" : "absent",
          spec: fb ? "present" : "absent",
        });
        continue;
      }
      if (fa.required !== fb.required) {
        out.push({
          pointer: at,
          kind: "required",
          sdk: requiredness(fa.required),
          spec: requiredness(fb.required),
        });
      }
      out.push(...compareShapes(fa.shape, fb.shape, at));
    }
  }
  return out;
}

const requiredness = (required: boolean) => (required ? "required" : "optional");

function sameValues(a: Shape["enum"], b: Shape["enum"]): boolean | undefined {
  if (!a && !b) return undefined;
  if (!a || !b) return false;
  return a.length === b.length && a.every((v) => b.includes(v));
}

const describeValues = (values: Shape["enum"]) =>
  values ? values.map((v) => JSON.stringify(v)).join(" | ") : "any value";
