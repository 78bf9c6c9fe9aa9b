/**
 * Reads JSON Schemas of the bundled spec the way a reader of the docs does: `$ref`s followed, `allOf`
 * members merged, and the branches of a `oneOf`/`anyOf` seen together.
 */

/** A JSON Schema object of the bundled spec (loosely typed: the spec is data here). */
export type Schema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  additionalProperties?: boolean | Schema;
  [key: string]: unknown;
};

/** Follows `$ref`s (`#/components/...`) inside the bundled document. */
export function resolve(doc: unknown, schema: Schema): Schema {
  let current = schema;
  for (let hops = 0; current.$ref !== undefined; hops++) {
    if (hops > 20) throw new Error(`$ref loop at ${schema.$ref}`);
    current = pointer(doc, current.$ref.slice(1)) as Schema;
  }
  return current;
}

/** Reads an RFC 6901 JSON pointer. */
export function pointer(doc: unknown, path: string): unknown {
  return path
    .split("/")
    .slice(1)
    .map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"))
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], doc);
}

/** One property as the schema declares it: every schema it may have, and whether it is required. */
export interface DeclaredProperty {
  schemas: Schema[];
  required: boolean;
}

/**
 * The properties a schema declares, through `allOf` (merged) and `oneOf`/`anyOf` (united: a property is
 * required only when every branch requires it).
 */
export function declaredProperties(doc: unknown, schema: Schema): Map<string, DeclaredProperty> {
  const s = resolve(doc, schema);
  const out = new Map<string, DeclaredProperty>();
  const merge = (name: string, prop: DeclaredProperty) => {
    const had = out.get(name);
    out.set(name, {
      schemas: [...(had?.schemas ?? []), ...prop.schemas],
      required: (had?.required ?? false) || prop.required,
    });
  };
  for (const [name, prop] of Object.entries(s.properties ?? {})) {
    merge(name, { schemas: [prop], required: s.required?.includes(name) ?? false });
  }
  for (const name of s.required ?? []) {
    const had = out.get(name);
    if (had) had.required = true;
  }
  for (const member of s.allOf ?? []) {
    for (const [name, prop] of declaredProperties(doc, member)) merge(name, prop);
  }
  // A `{ type: "null" }` branch (a nullable object) declares nothing: the value is then null.
  const branches = (s.oneOf ?? s.anyOf)?.filter((b) => !isNullOnly(doc, b));
  if (branches && branches.length > 0) {
    const each = branches.map((b) => declaredProperties(doc, b));
    const names = new Set(each.flatMap((m) => [...m.keys()]));
    for (const name of names) {
      const present = each.map((m) => m.get(name));
      merge(name, {
        schemas: present.flatMap((p) => p?.schemas ?? []),
        required: present.every((p) => p?.required === true),
      });
    }
  }
  return out;
}

/** The item schemas of an array schema (through `$ref`, `allOf` and union branches). */
export function itemSchemas(doc: unknown, schema: Schema): Schema[] {
  const s = resolve(doc, schema);
  if (s.items) return [s.items];
  return [...(s.allOf ?? []), ...(s.oneOf ?? []), ...(s.anyOf ?? [])].flatMap((m) =>
    itemSchemas(doc, m),
  );
}

/** The union branches of a schema, each resolved (none when it is not a union). */
export function branchesOf(doc: unknown, schema: Schema): Schema[] {
  const s = resolve(doc, schema);
  return (s.oneOf ?? s.anyOf ?? []).map((b) => resolve(doc, b));
}

/** True where a schema accepts any key (a map): every key of an example is declared there. */
export function isOpenMap(doc: unknown, schema: Schema): boolean {
  const s = resolve(doc, schema);
  return typeof s.additionalProperties === "object" || (s.type === undefined && !s.properties);
}

/** True for a schema that only accepts null (`{ type: "null" }`), the other half of a nullable union. */
export function isNullOnly(doc: unknown, schema: Schema): boolean {
  const s = resolve(doc, schema);
  return (
    s.type === "null" || (Array.isArray(s.type) && s.type.length === 1 && s.type[0] === "null")
  );
}
