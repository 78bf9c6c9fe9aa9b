import { isObject, type Json } from "./document.js";
import { resolve } from "./resolve-ref.js";

/** The scalar a wire value (a string in a URL) is read as. */
export type WireScalar = "string" | "number" | "integer" | "boolean";

/**
 * How a path or query value, which arrives as a string, becomes the value its schema describes: a
 * scalar, or (`array: true`) a list of them, given by repeating the parameter.
 */
export interface WireCoercion {
  type: WireScalar;
  array: boolean;
}

/**
 * The one wire coercion rule: the schema's first type other than `"null"` (through `$ref`s) names
 * the scalar; an array takes its items' scalar; anything else (no type, an enum of strings, an
 * object) stays a string.
 */
export function coercionOf(doc: unknown, raw: unknown): WireCoercion {
  const schema = resolve(doc, raw);
  const type = firstType(schema);
  if (type === "array") return { type: scalarOf(doc, schema.items), array: true };
  return { type: scalarOf(doc, schema), array: false };
}

function scalarOf(doc: unknown, raw: unknown): WireScalar {
  const type = isObject(raw) ? firstType(resolve(doc, raw)) : undefined;
  return type === "number" || type === "integer" || type === "boolean" ? type : "string";
}

function firstType(schema: Json): unknown {
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  return types.find((t) => t !== "null");
}

/**
 * A wire coercion in the words the validators' `coerce` reads (`@zt-devices/validators/coerce`):
 * the scalar (`string`, `number`, `integer`, `boolean`), or `array:<scalar>` for a list of them.
 */
export function coercionWord(coercion: WireCoercion): string {
  return coercion.array ? `array:${coercion.type}` : coercion.type;
}
