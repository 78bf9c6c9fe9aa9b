import type { AjvError } from "./_messages.js";

/**
 * What a generated validator does at an issue: with no `errors` to fill, it answers `true` (the
 * validator gives up: the value is invalid); with them, it adds the issue and answers `false` (the
 * validator carries on to find the others).
 */
export function report(
  errors: AjvError[] | undefined,
  instancePath: string,
  keyword: string,
  params: Record<string, unknown>,
): boolean {
  if (errors === undefined) return true;
  errors.push({ instancePath, keyword, params });
  return false;
}
