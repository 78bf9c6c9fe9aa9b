import { type Json, resolve } from "../../model/resolve-ref.js";

// The union members of a schema, its own `oneOf`/`anyOf` or an `allOf` member's, resolved.
function unionMembers(doc: Json, schema: Json): Json[] {
  const own = [schema.oneOf, schema.anyOf].find(Array.isArray) as unknown[] | undefined;
  if (own) return own.map((m) => resolve(doc, m));
  const all = Array.isArray(schema.allOf) ? schema.allOf : [];
  return all.flatMap((m) => unionMembers(doc, resolve(doc, m)));
}

// The values of the tag a member stands for: its `const`, or its `enum`.
function tagValues(doc: Json, member: Json, tag: string): string[] {
  const property = resolve(doc, (member.properties as Json | undefined)?.[tag]);
  if (property.const !== undefined) return [String(property.const)];
  return Array.isArray(property.enum) ? property.enum.map(String) : [];
}

// One member's field in a few words: its fields (optional ones marked `?`), "no input", or its type.
function summary(doc: Json, raw: unknown): string {
  const schema = resolve(doc, raw);
  const properties = Object.keys((schema.properties ?? {}) as Json);
  if (properties.length > 0) {
    const required = new Set(Array.isArray(schema.required) ? schema.required : []);
    return `{ ${properties.map((p) => (required.has(p) ? p : `${p}?`)).join(", ")} }`;
  }
  if (schema.additionalProperties === false) return "nothing ({})";
  return typeof schema.type === "string" ? `any ${schema.type}` : "any JSON";
}

/**
 * What a body field of a tagged union takes for each value of the tag, for help: `Its shape
 * depends on --type: file: { path, exists? }; warp, gateway: nothing ({})`. Undefined when every
 * member takes the same (one description is then true of all of them) or the union has no tag.
 */
export function variantHelp(
  doc: Json,
  body: Json,
  tag: string,
  field: string,
  flagOf: (name: string) => string,
): string | undefined {
  const byShape = new Map<string, string[]>();
  for (const member of unionMembers(doc, body)) {
    const raw = (member.properties as Json | undefined)?.[field];
    if (raw === undefined) continue;
    const shape = summary(doc, raw);
    byShape.set(shape, [...(byShape.get(shape) ?? []), ...tagValues(doc, member, tag)]);
  }
  if (byShape.size < 2) return undefined;
  const parts = [...byShape].map(([shape, values]) => `${values.join(", ")}: ${shape}`);
  return `Its shape depends on --${flagOf(tag)}: ${parts.join("; ")}.`;
}
