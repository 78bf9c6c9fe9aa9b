import { Ajv2020 } from "ajv/dist/2020.js";
import formatsModule from "ajv-formats";
import { cjsDefault } from "./cjs.js";
import type { JsonSchema } from "./openapi.js";
import { unionKeywords } from "./union-keyword.js";

const addFormats = cjsDefault(formatsModule);

/**
 * An Ajv instance holding `schemas` (keyed by `$id`), set up the way the generated validators
 * behave: the reference the differential test holds them to. `allErrors` selects the variant that
 * collects every issue instead of stopping at the first.
 */
export function createAjv(schemas: Record<string, JsonSchema>, allErrors: boolean): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors,
    // A parsed JSON object's properties are its own: `constructor` is not inherited from Object.
    ownProperties: true,
    strict: true,
    strictRequired: false,
    strictTypes: false,
    strictTuples: false,
    messages: false,
    keywords: unionKeywords,
  });
  addFormats(ajv);
  // Only the dynamic keywords, which the generated code does not support, need these.
  ajv.opts.unevaluated = false;
  ajv.opts.dynamicRef = false;
  // A format of the spec's own is an annotation, as the generated code treats it.
  for (const name of formatNames(schemas)) if (!ajv.formats[name]) ajv.addFormat(name, true);
  for (const [id, schema] of Object.entries(schemas)) {
    ajv.addSchema(typeof schema === "boolean" ? schema : { ...schema, $id: id }, id);
  }
  return ajv;
}

// Every string a `format` keyword holds anywhere in `node`.
function formatNames(node: unknown, names = new Set<string>()): Set<string> {
  if (typeof node !== "object" || node === null) return names;
  for (const [key, value] of Object.entries(node)) {
    if (key === "format" && typeof value === "string") names.add(value);
    else formatNames(value, names);
  }
  return names;
}
