import { Ajv2020 } from "ajv/dist/2020.js";
import standaloneModule from "ajv/dist/standalone/index.js";
import formatsModule from "ajv-formats";
import { cjsDefault } from "./validators-cjs.js";
import type { JsonSchema } from "./validators-openapi.js";
import { unionKeywords } from "./validators-union-keyword.js";

const standaloneCode = cjsDefault(standaloneModule);
const addFormats = cjsDefault(formatsModule);

const DYNAMIC =
  /"(?:unevaluatedProperties|unevaluatedItems|\$dynamicRef|\$dynamicAnchor|\$recursiveRef)"/;

/**
 * Compiles schemas (keyed by `$id`) with Ajv and returns its standalone ES module source, exporting
 * `roots[name]` as `name`. `allErrors` selects the variant that collects every issue instead of
 * stopping at the first.
 */
export function compileStandalone(
  schemas: Record<string, JsonSchema>,
  roots: Record<string, string>,
  allErrors: boolean,
): string {
  const ajv = new Ajv2020({
    allErrors,
    strict: true,
    strictRequired: false,
    strictTypes: false,
    messages: false,
    keywords: unionKeywords,
    code: { source: true, esm: true, lines: true, optimize: true },
  });
  addFormats(ajv);
  // The 2020 dialect tracks evaluated properties across every $ref call and threads dynamic anchors
  // through every call; both only matter to keywords this spec does not use, and both cost speed.
  const dynamic = Object.values(schemas).some((schema) => DYNAMIC.test(JSON.stringify(schema)));
  ajv.opts.unevaluated = dynamic;
  ajv.opts.dynamicRef = dynamic;
  for (const [id, schema] of Object.entries(schemas)) {
    if (typeof schema === "boolean") ajv.addSchema(schema, id);
    else ajv.addSchema({ ...schema, $id: id });
  }
  return standaloneCode(ajv, roots);
}
