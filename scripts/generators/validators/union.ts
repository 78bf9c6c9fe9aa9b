import { isObject, type OpenApiDocument, resolveRef } from "./openapi.js";

interface Shape {
  properties: Record<string, unknown>;
  required: string[];
}

// The properties and required keys a branch declares, through $ref and allOf.
function shapeOf(schema: unknown, doc: OpenApiDocument, depth = 0): Shape {
  const shape: Shape = { properties: {}, required: [] };
  if (!isObject(schema) || depth > 20) return shape;
  const merge = (inner: Shape) => {
    Object.assign(shape.properties, inner.properties);
    shape.required.push(...inner.required);
  };
  if (typeof schema.$ref === "string") merge(shapeOf(resolveRef(doc, schema.$ref), doc, depth + 1));
  for (const part of Array.isArray(schema.allOf) ? schema.allOf : []) {
    merge(shapeOf(part, doc, depth + 1));
  }
  if (isObject(schema.properties)) Object.assign(shape.properties, schema.properties);
  if (Array.isArray(schema.required)) {
    shape.required.push(...schema.required.filter((key) => typeof key === "string"));
  }
  return shape;
}

function tagValuesOf(branch: unknown, tag: string, doc: OpenApiDocument): string[] {
  const property = shapeOf(branch, doc).properties[tag];
  const resolved =
    isObject(property) && typeof property.$ref === "string"
      ? resolveRef(doc, property.$ref)
      : property;
  if (!isObject(resolved)) return [];
  if (typeof resolved.const === "string") return [resolved.const];
  if (Array.isArray(resolved.enum)) return resolved.enum.filter((v) => typeof v === "string");
  return [];
}

function tagged(
  schema: Record<string, unknown>,
  branches: unknown[],
  doc: OpenApiDocument,
  where: string,
) {
  const discriminator = schema.discriminator as Record<string, unknown>;
  const tag = discriminator.propertyName;
  if (typeof tag !== "string") throw new Error(`${where}/discriminator has no propertyName`);
  const cases: Record<string, unknown> = {};
  const mapping = isObject(discriminator.mapping) ? discriminator.mapping : {};
  for (const [value, ref] of Object.entries(mapping)) {
    const branch = branches.find((b) => isObject(b) && b.$ref === ref);
    if (branch === undefined) {
      throw new Error(
        `${where}/discriminator/mapping/${value} points at "${String(ref)}", not a oneOf branch`,
      );
    }
    cases[value] = branch;
  }
  branches.forEach((branch, i) => {
    const values = tagValuesOf(branch, tag, doc);
    const mapped = Object.values(cases).includes(branch);
    if (values.length === 0 && !mapped) {
      throw new Error(`${where}/oneOf/${i} has no const "${tag}" and no discriminator mapping`);
    }
    for (const value of values) {
      if (cases[value] !== undefined && cases[value] !== branch) {
        throw new Error(`${where}: two branches claim ${tag} "${value}"`);
      }
      cases[value] ??= branch;
    }
  });
  return { unionTag: tag, unionOf: cases };
}

function keyed(branches: unknown[], doc: OpenApiDocument) {
  const shapes = branches.map((branch) => shapeOf(branch, doc));
  const cases: Record<string, unknown> = {};
  for (const [i, shape] of shapes.entries()) {
    // Another branch may name the key only to forbid it (`host: false` beside `address`).
    const key = shape.required.find((name) =>
      shapes.every(
        (other, j) =>
          j === i ||
          !(
            (name in other.properties && other.properties[name] !== false) ||
            other.required.includes(name)
          ),
      ),
    );
    if (key === undefined || key in cases) return undefined;
    cases[key] = branches[i];
  }
  return { unionOf: cases };
}

/**
 * Rewrites a `oneOf` the API decides by a tag (`discriminator`) or by which required key is present
 * into the `unionTag`/`unionOf` keywords, so only the chosen branch is checked; any other schema is
 * returned unchanged as `undefined`.
 */
export function transformUnion(
  schema: Record<string, unknown>,
  doc: OpenApiDocument,
  where: string,
): Record<string, unknown> | undefined {
  if (!Array.isArray(schema.oneOf)) return undefined;
  const union = isObject(schema.discriminator)
    ? tagged(schema, schema.oneOf, doc, where)
    : keyed(schema.oneOf, doc);
  if (union === undefined) return undefined;
  const { oneOf: _oneOf, discriminator: _discriminator, ...rest } = schema;
  return { type: "object", ...rest, ...union };
}
