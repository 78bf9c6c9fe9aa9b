/**
 * One model of a value's shape that both sources are read into: an OpenAPI schema of the spec and a
 * TypeScript type of Cloudflare's SDK. Unions are merged (a field is required only where every
 * branch requires it), so the two can be compared field by field.
 */
export type Kind = "string" | "number" | "boolean" | "null" | "array" | "object" | "any";

/** A value's shape: the kinds it may take, its enum, its items and its properties. */
export interface Shape {
  kinds: Kind[];
  /** The values it is limited to, when every non-null kind is a literal. */
  enum?: (string | number)[];
  items?: Shape;
  properties?: Record<string, Field>;
}

/** A property of an object shape. */
export interface Field {
  required: boolean;
  shape: Shape;
}

const ORDER: Kind[] = ["string", "number", "boolean", "null", "array", "object", "any"];
const sortKinds = (kinds: Iterable<Kind>) => ORDER.filter((k) => new Set(kinds).has(k));
const sortValues = (values: Iterable<string | number>) =>
  [...new Set(values)].sort((a, b) => String(a).localeCompare(String(b)));

/** The shape that takes any value. */
export const ANY: Shape = { kinds: ["any"] };

/** The shape of a value that is either one shape or the other. */
export function unionOf(a: Shape, b: Shape): Shape {
  const out: Shape = { kinds: sortKinds([...a.kinds, ...b.kinds]) };
  const enumA = enumForUnion(a);
  const enumB = enumForUnion(b);
  if (enumA && enumB && enumA.length + enumB.length > 0)
    out.enum = sortValues([...enumA, ...enumB]);
  const items = a.items && b.items ? unionOf(a.items, b.items) : (a.items ?? b.items);
  if (items) out.items = items;
  if (a.properties || b.properties) {
    const propsA = a.kinds.includes("object") ? (a.properties ?? {}) : undefined;
    const propsB = b.kinds.includes("object") ? (b.properties ?? {}) : undefined;
    out.properties = mergeProperties(propsA, propsB);
  }
  return out;
}

// A branch that holds only null adds no value to an enum; one with unlimited strings ends it.
function enumForUnion(s: Shape): (string | number)[] | undefined {
  if (s.enum) return s.enum;
  return s.kinds.every((k) => k === "null") ? [] : undefined;
}

function mergeProperties(
  a: Record<string, Field> | undefined,
  b: Record<string, Field> | undefined,
): Record<string, Field> {
  if (!a) return { ...b };
  if (!b) return { ...a };
  const out: Record<string, Field> = {};
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const fa = a[key];
    const fb = b[key];
    out[key] =
      fa && fb
        ? { required: fa.required && fb.required, shape: unionOf(fa.shape, fb.shape) }
        : { required: false, shape: (fa ?? fb)?.shape ?? ANY };
  }
  return out;
}

/** The shape of a value that has both shapes (an `allOf`, a TypeScript intersection). */
export function intersectionOf(a: Shape, b: Shape): Shape {
  const both = a.kinds.filter((k) => b.kinds.includes(k));
  const kinds = a.kinds.includes("any") ? b.kinds : b.kinds.includes("any") ? a.kinds : both;
  const out: Shape = { kinds: kinds.length > 0 ? kinds : a.kinds };
  const values = a.enum && b.enum ? a.enum.filter((v) => b.enum?.includes(v)) : (a.enum ?? b.enum);
  if (values) out.enum = values;
  const items = a.items && b.items ? intersectionOf(a.items, b.items) : (a.items ?? b.items);
  if (items) out.items = items;
  if (a.properties || b.properties) {
    const props: Record<string, Field> = { ...a.properties };
    for (const [key, fb] of Object.entries(b.properties ?? {})) {
      const fa = props[key];
      props[key] = fa
        ? { required: fa.required || fb.required, shape: intersectionOf(fa.shape, fb.shape) }
        : fb;
    }
    out.properties = props;
  }
  return out;
}
