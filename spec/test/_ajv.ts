import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import type { Schema } from "./_schema-walk.js";

// ajv-formats is CommonJS: its default export arrives wrapped under NodeNext resolution.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

const SPEC_ID = "https://zt-devices.invalid/openapi.json";

/**
 * Compiles schemas of the bundled spec with Ajv (JSON Schema 2020-12, formats, discriminators), the
 * way the API's validators do. Ajv rejects a discriminator's `mapping`, which OpenAPI tools need, so it
 * is dropped here: each branch's `const` carries the same information.
 */
export function createSpecAjv(doc: {
  components?: { schemas?: unknown };
}): (schema: Schema) => ValidateFunction {
  const ajv = new Ajv2020({ strict: true, allErrors: true, discriminator: true });
  addFormats.default ? addFormats.default(ajv) : addFormats(ajv);
  ajv.addSchema({ $id: SPEC_ID, $defs: forAjv(doc.components?.schemas ?? {}) } as object);
  // The walkers ask for the same schema objects again and again: compile each once.
  const compiled = new WeakMap<Schema, ValidateFunction>();
  return (schema) => {
    let validate = compiled.get(schema);
    if (!validate) {
      validate = ajv.compile(forAjv(schema) as object);
      compiled.set(schema, validate);
    }
    return validate;
  };
}

function forAjv(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(forAjv);
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if (key === "$ref" && typeof child === "string") {
      out[key] = child.replace("#/components/schemas/", `${SPEC_ID}#/$defs/`);
    } else if (key === "example") continue;
    else if (key === "discriminator")
      out[key] = { propertyName: (child as { propertyName: string }).propertyName };
    else out[key] = forAjv(child);
  }
  return out;
}
