import type { ValidateFunction } from "./_create-validator.js";
import { escapeToken, issue, type Path } from "./_issue.js";
import type { ValidationIssue } from "./validation-issue.js";

/** One path or query parameter: its name, whether it is required, the function checking its value. */
export type Parameter = readonly [name: string, required: boolean, validate: ValidateFunction];

interface Part {
  /** `params` or `query`: where in the request. */
  key: string;
  names: readonly string[];
  checks: readonly ValidateFunction[];
  /** Each parameter's pointer segment, `/` and `~` escaped. */
  segments: readonly string[];
  /** Whether each parameter is required. */
  required: readonly boolean[];
}

function partOf(key: string, parameters: readonly Parameter[]): Part {
  return {
    key,
    names: parameters.map(([name]) => name),
    checks: parameters.map(([, , validate]) => validate),
    segments: parameters.map(([name]) => `/${escapeToken(name)}`),
    required: parameters.map(([, required]) => required),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

// A parameter's value: the object's own property only, so that a parameter named as a member of
// Object.prototype (`constructor`, `toString`, `__proto__`) is absent when not given.
const own = (data: Record<string, unknown>, name: string) =>
  Object.hasOwn(data, name) ? data[name] : undefined;

type Issues = ValidationIssue[] | undefined;

// The issues of a request as a generated function words them (`at` is the request's own pointer).
const notAnObject = (issues: Issues, at: string, path: Path | undefined, key?: string) =>
  issue(issues, "type", "must be an object", "", key ? `${at}/${key}` : at, path, key);
const missing = (
  issues: Issues,
  at: string,
  segment: string,
  path: Path | undefined,
  key: string,
) => issue(issues, "required", "is required", "", at + segment, path, key);
const unknown = (issues: Issues, at: string, path: Path | undefined, key: string) =>
  issue(
    issues,
    "additionalProperties",
    "is not allowed",
    "",
    `${at}/${escapeToken(key)}`,
    path,
    key,
  );

// Whether the request check must stop here: an issue found with no `issues` to collect it in.
// Ajv's order: the type, every missing required key, every unknown key, then each value.
function stopsAt(data: unknown, issues: Issues, at: string, up: Path | undefined, part: Part) {
  const { key, names, required, checks, segments } = part;
  if (!isRecord(data)) return notAnObject(issues, at, up, key);
  const here = `${at}/${key}`;
  // Only built when issues are collected: the first-issue pass never reads it.
  const path: Path | undefined = issues && [up, key];
  for (let i = 0; i < names.length; i++) {
    const name = names[i] as string;
    if (required[i] && own(data, name) === undefined) {
      if (missing(issues, here, segments[i] as string, path, name)) return true;
    }
  }
  for (const name in data) {
    if (!names.includes(name) && unknown(issues, here, path, name)) return true;
  }
  for (let i = 0; i < names.length; i++) {
    const item = own(data, names[i] as string);
    if (item === undefined) continue;
    const check = checks[i] as ValidateFunction;
    if (issues === undefined) {
      if (!check(item)) return true;
    } else check(item, issues, here + segments[i], [path, names[i] as string]);
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
  const inPath = partOf("params", params);
  const search = partOf("query", query);
  return (data, issues, at = "", path) => {
    const start = issues === undefined ? 0 : issues.length;
    if (!isRecord(data)) {
      notAnObject(issues, at, path);
      return false;
    }
    for (const part of ["params", "query"]) {
      if (data[part] === undefined && missing(issues, at, `/${part}`, path, part)) return false;
    }
    if (bodyRequired && data.body === undefined) {
      if (missing(issues, at, "/body", path, "body")) return false;
    }
    for (const key in data) {
      if (key === "params" || key === "query" || (key === "body" && body !== undefined)) continue;
      if (unknown(issues, at, path, key)) return false;
    }
    if (data.params !== undefined && stopsAt(data.params, issues, at, path, inPath)) return false;
    if (data.query !== undefined && stopsAt(data.query, issues, at, path, search)) return false;
    if (body !== undefined && data.body !== undefined) {
      if (issues === undefined) {
        if (!body(data.body)) return false;
      } else body(data.body, issues, `${at}/body`, [path, "body"]);
    }
    return issues === undefined || issues.length === start;
  };
}
