import { createAjv } from "../../../scripts/generators/validators/ajv.js";
import { planValidators } from "../../../scripts/generators/validators/emit-validators.js";
import type { OpenApiDocument } from "../../../scripts/generators/validators/openapi.js";

/**
 * Ajv holding the schemas the validators generator plans from `spec`, set up as the generator's
 * differential test sets it up (unions decided by the spec's tags and keys, as the generated code
 * decides them): returns a check, stopping at the first error, of one component schema by name.
 */
export function referenceAjv(spec: unknown): (name: string) => (value: unknown) => boolean {
  const { schemas } = planValidators(spec as OpenApiDocument).input;
  const ajv = createAjv(schemas, false);
  return (name) => {
    const check = ajv.getSchema(name);
    if (check === undefined) throw new Error(`Ajv holds no schema ${name}`);
    return (value) => check(value) as boolean;
  };
}
