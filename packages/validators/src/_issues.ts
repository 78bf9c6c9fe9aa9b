import { type AjvError, describe } from "./_messages.js";
import type { ValidationIssue } from "./validation-issue.js";

function escapeKey(key: unknown): string {
  const text = String(key);
  return text.includes("~") || text.includes("/")
    ? text.replaceAll("~", "~0").replaceAll("/", "~1")
    : text;
}

function unescapeSegment(segment: string): string {
  return segment.includes("~") ? segment.replaceAll("~1", "/").replaceAll("~0", "~") : segment;
}

// Keys of arrays become numbers, as Standard Schema paths expect: the value is walked along the
// pointer only past a segment that could be an index. One pass, no regular expression.
function pathOf(pointer: string, value: unknown): (string | number)[] {
  const path: (string | number)[] = [];
  let node = value;
  let from = 1;
  while (from <= pointer.length && pointer.length > 0) {
    let to = pointer.indexOf("/", from);
    if (to < 0) to = pointer.length;
    const segment = unescapeSegment(pointer.slice(from, to));
    const key = Array.isArray(node) && isIndex(segment) ? Number(segment) : segment;
    path.push(key);
    node =
      node !== null && typeof node === "object"
        ? (node as Record<string, unknown>)[key]
        : undefined;
    from = to + 1;
  }
  return path;
}

function isIndex(segment: string): boolean {
  if (segment.length === 0) return false;
  for (let i = 0; i < segment.length; i++) {
    const code = segment.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

// The pointer, keyword and message of one error; `unionOf` errors speak of the tag or deciding key.
function locate(error: AjvError): [pointer: string, keyword: string, text: string] {
  const { instancePath: at, keyword, params } = error;
  if (keyword === "required")
    return [`${at}/${escapeKey(params.missingProperty)}`, keyword, "is required"];
  if (keyword === "additionalProperties") {
    return [`${at}/${escapeKey(params.additionalProperty)}`, keyword, "is not allowed"];
  }
  if (keyword !== "unionOf") return [at, keyword, describe(error)];
  const allowed = (params.allowed as string[] | null)?.join(", ");
  if (params.problem === "conflict") {
    return [
      `${at}/${escapeKey(params.value)}`,
      "oneOf",
      `is not allowed together with ${String(params.tag)}`,
    ];
  }
  if (params.tag === null) return [at, "oneOf", `must have one of the properties ${allowed}`];
  const tag = `${at}/${escapeKey(params.tag)}`;
  if (params.problem === "missing") return [tag, "required", `is required (one of ${allowed})`];
  return [tag, "discriminator", `must be one of ${allowed}`];
}

/**
 * Turns the errors of a collecting validator into issues. A failed union variant is reported through
 * the issues inside it, each prefixed with the variant the tag or key chose.
 */
export function toIssues(errors: readonly AjvError[], value: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  let variants = false;
  for (let i = 0; i < errors.length; i++) {
    const error = errors[i] as AjvError;
    if (isVariant(error)) {
      variants = true;
      continue;
    }
    const [pointer, keyword, text] = locate(error);
    issues.push({
      pointer,
      keyword,
      message: `${pointer || "value"} ${text}`,
      path: pathOf(pointer, value),
    });
  }
  return variants ? inVariants(errors, issues) : issues;
}

// Each issue inside a failed union variant is prefixed with the variant the tag or key chose: the
// innermost one, the first marker after it whose errors (from `params.from` on) include it.
function inVariants(errors: readonly AjvError[], issues: ValidationIssue[]): ValidationIssue[] {
  let n = 0;
  for (let i = 0; i < errors.length; i++) {
    if (isVariant(errors[i] as AjvError)) continue;
    const at = n++;
    for (let j = i + 1; j < errors.length; j++) {
      const marker = errors[j] as AjvError;
      if (!isVariant(marker) || (marker.params.from as number) > i) continue;
      const { tag, value: chosen, variant: name } = marker.params;
      const by = tag === null ? `has ${String(chosen)}` : `${String(tag)} "${String(chosen)}"`;
      const issue = issues[at] as ValidationIssue;
      issues[at] = {
        pointer: issue.pointer,
        keyword: issue.keyword,
        message: `${String(name)} (${by}): ${issue.message}`,
        path: issue.path,
      };
      break;
    }
  }
  return issues;
}

function isVariant(error: AjvError): boolean {
  return error.keyword === "unionOf" && error.params.problem === "variant";
}
