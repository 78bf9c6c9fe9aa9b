import type { ErrorObject } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import formatsModule from "ajv-formats";
import { cjsDefault } from "./validators-cjs.js";
import type { JsonSchema } from "./validators-openapi.js";
import { unionKeywords } from "./validators-union-keyword.js";

const addFormats = cjsDefault(formatsModule);

const DYNAMIC =
  /"(?:unevaluatedProperties|unevaluatedItems|\$dynamicRef|\$dynamicAnchor|\$recursiveRef)"/;

/**
 * An Ajv instance holding `schemas` (keyed by `$id`). `allErrors` selects the variant that collects
 * every issue instead of stopping at the first.
 */
export function createAjv(schemas: Record<string, JsonSchema>, allErrors: boolean): Ajv2020 {
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
    else if (!ajv.validateSchema(schema))
      throw new Error(`the schema ${describeId(id)} is invalid: ${metaErrors(ajv.errors)}`);
    // Checked just above, with errors this instance can word: not again.
    else ajv.addSchema({ ...schema, $id: id }, undefined, undefined, false);
  }
  return ajv;
}

// Schemas are keyed by component name, or `<operationId>~request` and `<operationId>~<status>`.
function describeId(id: string): string {
  const [operationId, part] = id.split("~");
  if (part === undefined) return `#/components/schemas/${id}`;
  return part === "request"
    ? `of ${operationId}'s request`
    : `of ${operationId}'s ${part} response`;
}

// What the meta-schema found wrong, where: Ajv's own text needs the messages this instance omits.
function metaErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? [])
    .map(({ instancePath, keyword, params }) => {
      const at = instancePath || "/";
      if (keyword === "type") return `${at} must be ${String(params.type)}`;
      if (keyword === "enum")
        return `${at} must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`;
      return `${at} fails ${keyword} ${JSON.stringify(params)}`;
    })
    .join("; ");
}

/**
 * Compiles schemas (keyed by `$id`) with Ajv and returns its standalone ES module source, exporting
 * `roots[name]` as `name`.
 */
export function compileStandalone(
  schemas: Record<string, JsonSchema>,
  roots: Record<string, string>,
  allErrors: boolean,
): string {
  return standaloneModule(createAjv(schemas, allErrors), roots);
}

/** What Ajv keeps of a compiled function's source (`validate.source`), as far as it is read here. */
interface SourceCode {
  validateName: ValueName;
  validateCode: string;
  scopeValues: Record<string, { forEach(fn: (name: ValueName) => void): void } | undefined>;
  evaluated?: unknown;
}

interface ValueName {
  prefix: string;
  value?: { code?: unknown; ref?: unknown };
}

type Ref = { source?: SourceCode; validate?: { source?: SourceCode }; validateName?: ValueName };

const STARTED = 0;
const COMPLETED = 1;

/**
 * The module `ajv/dist/standalone` writes for `roots`, text for text, assembled in linear time.
 * Ajv's own assembly appends each function to one growing code object, copying everything before it
 * on every append, so a spec five times the size took seven times as long. Declarations come in
 * Ajv's order with Ajv's line breaks; a test compares the two on the fixture specs.
 */
export function standaloneModule(ajv: Ajv2020, roots: Record<string, string>): string {
  const n = ajv.opts.code.lines ? "\n" : "";
  const used: Record<string, Map<ValueName, number>> = {};
  const stateOf = (name: ValueName) => used[name.prefix]?.get(name);
  const setState = (name: ValueName, state: number) => {
    const names = used[name.prefix] ?? new Map<ValueName, number>();
    used[name.prefix] = names;
    names.set(name, state);
  };
  const out: string[] = [];

  // ValueScope#scopeCode: the constants and functions a function refers to, each written once.
  const scopeCode = (values: SourceCode["scopeValues"]): void => {
    for (const prefix in values) {
      values[prefix]?.forEach((name) => {
        if (stateOf(name) !== undefined) return;
        setState(name, STARTED);
        if (name.value === undefined) throw new Error(`CodeGen: name "${name}" has no value`);
        if (name.value.code) out.push(`const ${name} = ${name.value.code};${n}`);
        else if (refCode(name)) out.push(n);
        else throw new Error(`CodeGen: name "${name}" has no value`);
        setState(name, COMPLETED);
      });
    }
  };

  const validateCode = (source: SourceCode | undefined): void => {
    if (!source) throw new Error('moduleCode: function does not have "source" property');
    if (stateOf(source.validateName) === COMPLETED) return;
    setState(source.validateName, STARTED);
    scopeCode(source.scopeValues);
    out.push(`${n}${source.validateCode}`);
    if (source.evaluated) out.push(`${source.validateName}.evaluated = ${source.evaluated};${n}`);
  };

  // A function another one calls: its code, or for a recursive reference the `{validate}` wrapper.
  // Returns false where Ajv's standalone module has no code for the name either.
  const refCode = (name: ValueName): boolean => {
    const ref = name.value?.ref as Ref | undefined;
    if (name.prefix === "validate" && typeof ref === "function") {
      validateCode((ref as { source?: SourceCode }).source);
      return true;
    }
    if ((name.prefix === "root" || name.prefix === "wrapper") && typeof ref === "object" && ref) {
      const { validate, validateName } = ref;
      if (!validateName) throw new Error("ajv internal error");
      out.push(`const ${name} = {validate: ${validateName}};`);
      if (stateOf(validateName) === STARTED) return true;
      out.push(n);
      validateCode(validate?.source);
      return true;
    }
    return false;
  };

  out.push('"use strict";');
  for (const [exportName, id] of Object.entries(roots)) {
    const validate = ajv.getSchema(id) as { source?: SourceCode } | undefined;
    if (!validate) throw new Error(`moduleCode: no schema with id ${id}`);
    out.push(`${n}export const ${exportName} = ${validate.source?.validateName};${n}`);
    validateCode(validate.source);
  }
  return out.join("");
}
