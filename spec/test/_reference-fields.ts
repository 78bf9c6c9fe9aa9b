import type { ReferenceField } from "../scripts/reference-extract.js";

/** Query objects travel in dot notation (`last_seen_user.email`): the docs' nesting, flattened. */
export function flattenQuery(fields: ReferenceField[], prefix = ""): ReferenceField[] {
  return fields.flatMap((f) =>
    f.children.length > 0 && !f.type.startsWith("array")
      ? flattenQuery(f.children, `${prefix}${f.name}.`)
      : [{ ...f, name: `${prefix}${f.name}` }],
  );
}

/** How many fields a documented field list names, nested ones and variants' included. */
export function countFields(fields: ReferenceField[]): number {
  return fields.reduce(
    (n, f) =>
      n + 1 + countFields(f.children) + f.variants.reduce((m, v) => m + countFields(v.children), 0),
    0,
  );
}

/** How many keys an example holds, nested ones included. */
export function countKeys(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + countKeys(v), 0);
  if (value === null || typeof value !== "object") return 0;
  return Object.values(value).reduce((n: number, v) => n + 1 + countKeys(v), 0);
}
