import type { ValidationIssue } from "./validation-issue.js";

/**
 * Where a value is, as generated validators pass it down: the place of the value holding it
 * (`undefined` at the top), then the keys and array indexes from there. A call adds one step and
 * copies nothing; the keys of the issue's `path` are only gathered when an issue is found.
 */
export type Path = readonly [up: Path | undefined, ...keys: (string | number)[]];

/** One key of a JSON pointer (RFC 6901): `~` written `~0`, `/` written `~1`. */
export function escapeToken(key: string): string {
  return key.replaceAll("~", "~0").replaceAll("/", "~1");
}

function keysOf(path: Path | undefined, key: string | number | undefined): (string | number)[] {
  let n = key === undefined ? 0 : 1;
  for (let at = path; at !== undefined; at = at[0]) n += at.length - 1;
  const keys = new Array<string | number>(n);
  if (key !== undefined) keys[--n] = key;
  for (let at = path; at !== undefined; at = at[0]) {
    for (let i = at.length - 1; i > 0; i--) keys[--n] = at[i] as string | number;
  }
  return keys;
}

/**
 * What a generated validator does at an issue: with no `issues` to fill, it answers `true` (the
 * validator gives up: the value is invalid); with them, it adds the issue and answers `false` (the
 * validator carries on to find the others). The issue is at `pointer`, and at `path` then `key`.
 *
 * @example
 * if (data.name === undefined && issue(errors, "required", "is required", prefix, at + "/name", path, "name")) return false;
 */
export function issue(
  issues: ValidationIssue[] | undefined,
  keyword: string,
  text: string,
  prefix: string,
  pointer: string,
  path: Path | undefined,
  key?: string | number,
): boolean {
  if (issues === undefined) return true;
  issues.push({
    pointer,
    keyword,
    message: `${prefix}${pointer || "value"} ${text}`,
    path: keysOf(path, key),
  });
  return false;
}
