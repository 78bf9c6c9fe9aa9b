import { isObject, type JsonSchema, type OpenApiDocument } from "./openapi.js";
import { transformUnion } from "./union.js";

const ONE = [
  "additionalItems",
  "additionalProperties",
  "contains",
  "else",
  "if",
  "items",
  "not",
  "propertyNames",
  "then",
  "unevaluatedItems",
  "unevaluatedProperties",
];
const MANY = ["allOf", "anyOf", "oneOf", "prefixItems"];
const MAP = ["$defs", "dependentSchemas", "patternProperties", "properties"];
// Annotations never change a validation result; dropping them keeps Ajv's strict mode quiet about the
// OpenAPI-only ones and keeps the compiled schemas small.
const DROPPED = [
  "$comment",
  "default",
  "deprecated",
  "description",
  "example",
  "examples",
  "externalDocs",
  "readOnly",
  "title",
  "writeOnly",
  "xml",
];
const SCHEMAS_PREFIX = "#/components/schemas/";

/** Rewrites a `#/components/schemas/...` reference to the `$id` the schema is compiled under. */
export function transformRef(ref: string, where: string): string {
  if (!ref.startsWith(SCHEMAS_PREFIX)) {
    throw new Error(`${where}: $ref "${ref}" must point into #/components/schemas`);
  }
  const [name = "", ...rest] = ref.slice(SCHEMAS_PREFIX.length).split("/");
  return rest.length === 0 ? name : `${name}#/${rest.join("/")}`;
}

/**
 * Turns a schema of the spec into one Ajv compiles: component references become `$id` references,
 * discriminated and key-decided unions become `unionOf`, OpenAPI annotations and `x-` extensions go.
 */
export function transformSchema(
  schema: JsonSchema,
  doc: OpenApiDocument,
  where: string,
): JsonSchema {
  if (typeof schema === "boolean") return schema;
  if (!isObject(schema)) throw new Error(`${where} is not a schema`);
  if ("nullable" in schema) {
    throw new Error(`${where}: "nullable" is OpenAPI 3.0; write type: [..., "null"] instead`);
  }
  const union = transformUnion(schema, doc, where);
  const source = union ?? schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) {
    const at = `${where}/${key}`;
    if (DROPPED.includes(key) || key.startsWith("x-") || key === "discriminator") continue;
    if (key === "$ref" && typeof value === "string") out[key] = transformRef(value, where);
    else if (ONE.includes(key) && !Array.isArray(value)) {
      out[key] = transformSchema(value as JsonSchema, doc, at);
    } else if (MANY.includes(key) || (key === "items" && Array.isArray(value))) {
      if (!Array.isArray(value)) throw new Error(`${at} must be an array of schemas`);
      out[key] = value.map((item, i) => transformSchema(item as JsonSchema, doc, `${at}/${i}`));
    } else if (MAP.includes(key) || key === "unionOf") {
      if (!isObject(value)) throw new Error(`${at} must be an object of schemas`);
      out[key] = Object.fromEntries(
        Object.entries(value).map(([name, item]) => [
          name,
          transformSchema(item as JsonSchema, doc, `${at}/${name}`),
        ]),
      );
    } else out[key] = value;
  }
  return out;
}
