import type { Direction } from "./change.js";
import { childPointer, isObject, type JsonObject, type Located, resolveRef } from "./located.js";

/** An enum value and where it is listed. */
export interface EnumValue {
  value: unknown;
  pointer: string;
}

/** What a schema allows once `allOf` is flattened and `$ref`s are followed. */
export interface SchemaView {
  node: JsonObject;
  pointer: string;
  /** Property schemas as written (maybe `$ref`s), keyed by property name. */
  properties: Map<string, Located>;
  required: Set<string>;
  /** JSON types allowed; `undefined` when the schema does not restrict them. */
  types: Set<string> | undefined;
  enumValues: EnumValue[] | undefined;
  /** Pointers of the schema and of every `allOf` member merged into the view. */
  sources: string[];
}

/**
 * Builds the view of a resolved schema seen from `direction`. `allOf` members are merged in, so
 * moving a property into a shared base schema is not a change. `readOnly` properties do not
 * exist in requests and `writeOnly` ones do not exist in responses.
 */
export function schemaView(
  doc: unknown,
  at: Located & { node: JsonObject },
  direction: Direction,
): SchemaView {
  const view: SchemaView = {
    node: at.node,
    pointer: at.pointer,
    properties: new Map(),
    required: new Set(),
    types: undefined,
    enumValues: undefined,
    sources: [],
  };
  merge(doc, at, view, new Set());
  const hidden = direction === "request" ? "readOnly" : direction === "response" ? "writeOnly" : "";
  for (const [name, property] of view.properties) {
    const schema = resolveRef(doc, property).node;
    if (hidden && isObject(schema) && schema[hidden] === true) {
      view.properties.delete(name);
      view.required.delete(name);
    }
  }
  return view;
}

function merge(doc: unknown, at: Located, view: SchemaView, seen: Set<string>): void {
  const { node, pointer } = at;
  if (!isObject(node) || seen.has(pointer)) return;
  seen.add(pointer);
  view.sources.push(pointer);
  if (isObject(node.properties)) {
    for (const [name, schema] of Object.entries(node.properties)) {
      if (!view.properties.has(name)) {
        view.properties.set(name, {
          node: schema,
          pointer: childPointer(pointer, "properties", name),
        });
      }
    }
  }
  if (Array.isArray(node.required)) {
    for (const name of node.required) if (typeof name === "string") view.required.add(name);
  }
  view.types ??= typesOf(node);
  view.enumValues ??= enumOf(node, pointer);
  if (Array.isArray(node.allOf)) {
    node.allOf.forEach((member, i) => {
      merge(
        doc,
        resolveRef(doc, { node: member, pointer: childPointer(pointer, "allOf", `${i}`) }),
        view,
        seen,
      );
    });
  }
}

function typesOf(node: JsonObject): Set<string> | undefined {
  const declared = typeof node.type === "string" ? [node.type] : node.type;
  if (Array.isArray(declared)) {
    const types = new Set(declared.filter((t): t is string => typeof t === "string"));
    // OpenAPI 3.0 spelling of a nullable type.
    if (node.nullable === true) types.add("null");
    return types;
  }
  const values = "const" in node ? [node.const] : Array.isArray(node.enum) ? node.enum : undefined;
  return values && new Set(values.map(jsonType));
}

function enumOf(node: JsonObject, pointer: string): EnumValue[] | undefined {
  if ("const" in node) return [{ value: node.const, pointer: childPointer(pointer, "const") }];
  if (!Array.isArray(node.enum)) return undefined;
  return node.enum.map((value, i) => ({ value, pointer: childPointer(pointer, "enum", `${i}`) }));
}

function jsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}
