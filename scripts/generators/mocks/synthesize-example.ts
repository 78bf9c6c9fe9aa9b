import { isObject, type Json, SpecError } from "../../model/document.js";
import { childPointer } from "../../model/json-pointer.js";
import { targetOf } from "../../model/resolve-ref.js";
import { isScalarType, synthesizeScalar } from "./synthesize-scalar.js";

/**
 * Builds the examples of schemas that document none, by the rule of `decisions/mock-examples.md`:
 * `const`, else the first `enum` value; `allOf` merged; the first `anyOf`/`oneOf` branch that can
 * be built (a `"null"` one last); the first type other than `"null"`; an object's required
 * properties; an array's `minItems` items; scalars by `synthesizeScalar`. Deterministic: the same
 * schema gives the same value on every run. A schema whose every instance would be infinite (a
 * required property that refers back to its own schema) is refused with the JSON pointer where
 * the cycle closes.
 *
 * @example
 * const synthesize = createSynthesizer(model.document);
 * synthesize({ type: "object", required: ["id"], properties: { id: { type: "string" } } }, "/x");
 * // { id: "string" }
 */
export function createSynthesizer(doc: unknown): (schema: unknown, pointer: string) => unknown {
  const byRef = new Map<string, unknown>();

  function walk(node: unknown, pointer: string, refs: readonly string[]): unknown {
    if (node === false) throw new SpecError(`${pointer}: the schema \`false\` allows no value`);
    if (!isObject(node)) return null;
    if (typeof node.$ref === "string") return follow(node.$ref, pointer, refs);
    if (node.const !== undefined) return node.const;
    if (Array.isArray(node.enum) && node.enum.length > 0) return node.enum[0];
    if (Array.isArray(node.allOf)) return allOf(node, pointer, refs);
    const branches = Array.isArray(node.oneOf) ? "oneOf" : Array.isArray(node.anyOf) ? "anyOf" : "";
    if (branches)
      return firstBranch(node[branches] as unknown[], childPointer(pointer, branches), refs);
    const type = typeOf(node);
    if (type === "null") return null;
    if (type === "object") return objectOf(node, pointer, refs);
    if (type === "array") {
      const count = typeof node.minItems === "number" ? node.minItems : 0;
      const items = childPointer(pointer, "items");
      return Array.from({ length: count }, () => walk(node.items, items, refs));
    }
    return isScalarType(type) ? synthesizeScalar(node, type) : null;
  }

  function follow(ref: string, pointer: string, refs: readonly string[]): unknown {
    if (byRef.has(ref)) return byRef.get(ref);
    if (refs.includes(ref))
      throw new SpecError(
        `${pointer}: ${ref} needs itself again (${[...refs.slice(refs.indexOf(ref)), ref].join(" -> ")}); no finite example can be built`,
      );
    const value = walk(targetOf(doc, ref), ref.slice(1), [...refs, ref]);
    byRef.set(ref, value);
    return value;
  }

  function allOf(node: Json, pointer: string, refs: readonly string[]): unknown {
    const { allOf: members, ...rest } = node;
    const parts = (members as unknown[]).map((member, index) =>
      walk(member, childPointer(pointer, "allOf", String(index)), refs),
    );
    if (Object.keys(rest).some((key) => key === "properties" || key === "required"))
      parts.push(objectOf(rest, pointer, refs));
    const present = parts.filter((part) => part !== null);
    if (present.length > 0 && present.every(isObject)) return Object.assign({}, ...present);
    return present[0] ?? null;
  }

  function firstBranch(branches: unknown[], pointer: string, refs: readonly string[]): unknown {
    const order = branches
      .map((branch, index) => ({ branch, index }))
      .sort((a, b) => Number(isNullSchema(a.branch)) - Number(isNullSchema(b.branch)));
    let refusal: unknown;
    for (const { branch, index } of order) {
      try {
        return walk(branch, childPointer(pointer, String(index)), refs);
      } catch (error) {
        if (!(error instanceof SpecError)) throw error;
        refusal ??= error;
      }
    }
    if (refusal) throw refusal;
    return null;
  }

  function objectOf(node: Json, pointer: string, refs: readonly string[]): Json {
    const properties = isObject(node.properties) ? node.properties : {};
    const extra = isObject(node.additionalProperties) ? node.additionalProperties : {};
    const value: Json = {};
    for (const name of Array.isArray(node.required) ? node.required : []) {
      if (typeof name !== "string") continue;
      const own = Object.hasOwn(properties, name);
      const where = own
        ? childPointer(pointer, "properties", name)
        : childPointer(pointer, "additionalProperties");
      value[name] = walk(own ? properties[name] : extra, where, refs);
    }
    return value;
  }

  return (schema, pointer) => walk(schema, pointer, []);
}

/** The schema's first type other than `"null"`, else what its keywords imply. */
function typeOf(node: Json): string {
  const types = Array.isArray(node.type) ? node.type : node.type === undefined ? [] : [node.type];
  const first = types.find((type) => type !== "null");
  if (typeof first === "string") return first;
  if (types.length > 0) return "null";
  if (node.properties !== undefined || node.required !== undefined) return "object";
  if (node.items !== undefined) return "array";
  return "";
}

function isNullSchema(node: unknown): boolean {
  return (
    isObject(node) &&
    (node.type === "null" ||
      (Array.isArray(node.type) && node.type.length === 1 && node.type[0] === "null"))
  );
}
