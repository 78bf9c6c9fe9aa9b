import type { ValidateFunction } from "./_create-validator.js";
import type { AjvError } from "./_messages.js";
import { report } from "./_report.js";

/** One path or query parameter: its name, whether it is required, the function checking its value. */
export type Parameter = readonly [name: string, required: boolean, validate: ValidateFunction];

interface Part {
  names: readonly string[];
  required: readonly string[];
  checks: readonly ValidateFunction[];
  /** Each parameter's pointer segment, `/` and `~` escaped. */
  segments: readonly string[];
}

function partOf(parameters: readonly Parameter[]): Part {
  return {
    names: parameters.map(([name]) => name),
    required: parameters.filter(([, required]) => required).map(([name]) => name),
    checks: parameters.map(([, , validate]) => validate),
    segments: parameters.map(([name]) => `/${name.replaceAll("~", "~0").replaceAll("/", "~1")}`),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

// Whether the request check must stop here: an issue found with no `errors` to collect it in.
// Ajv's order: the type, every missing required key, every unknown key, then each value.
function stopsAt(data: unknown, errors: AjvError[] | undefined, at: string, part: Part): boolean {
  if (!isRecord(data)) return report(errors, at, "type", { type: "object" });
  const value = data;
  const { names, required, checks, segments } = part;
  for (let i = 0; i < required.length; i++) {
    const name = required[i] as string;
    if (value[name] === undefined && report(errors, at, "required", { missingProperty: name })) {
      return true;
    }
  }
  for (const key in value) {
    if (
      !names.includes(key) &&
      report(errors, at, "additionalProperties", { additionalProperty: key })
    )
      return true;
  }
  for (let i = 0; i < names.length; i++) {
    const item = value[names[i] as string];
    if (item === undefined) continue;
    const check = checks[i] as ValidateFunction;
    if (!check(item, errors, errors && at + segments[i]) && errors === undefined) return true;
  }
  return false;
}

/**
 * The validation function of a request as `validateRequest` sees it, `{ params, query, body }`,
 * closed, from its parts: generated operation modules describe a request as data and call this.
 *
 * @example
 * const validate = requestFunction([["account_id", true, validate_string]], [], validate_Body, true);
 */
export function requestFunction(
  params: readonly Parameter[],
  query: readonly Parameter[],
  body?: ValidateFunction,
  bodyRequired = false,
): ValidateFunction {
  const path = partOf(params);
  const search = partOf(query);
  return (data: unknown, errors?: AjvError[], at = ""): boolean => {
    const start = errors === undefined ? 0 : errors.length;
    if (!isRecord(data)) {
      report(errors, at, "type", { type: "object" });
      return false;
    }
    if (data.params === undefined && report(errors, at, "required", { missingProperty: "params" }))
      return false;
    if (data.query === undefined && report(errors, at, "required", { missingProperty: "query" }))
      return false;
    if (bodyRequired && data.body === undefined) {
      if (report(errors, at, "required", { missingProperty: "body" })) return false;
    }
    for (const key in data) {
      if (key === "params" || key === "query" || (key === "body" && body !== undefined)) continue;
      if (report(errors, at, "additionalProperties", { additionalProperty: key })) return false;
    }
    if (data.params !== undefined && stopsAt(data.params, errors, `${at}/params`, path))
      return false;
    if (data.query !== undefined && stopsAt(data.query, errors, `${at}/query`, search))
      return false;
    if (body !== undefined && data.body !== undefined) {
      if (!body(data.body, errors, errors && `${at}/body`) && errors === undefined) return false;
    }
    return errors === undefined || errors.length === start;
  };
}
