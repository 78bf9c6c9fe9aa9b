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

// Whether a segment of `pointer` could index an array: `/` then a digit.
function hasDigitSegment(pointer: string): boolean {
  for (let at = pointer.indexOf("/"); at >= 0; at = pointer.indexOf("/", at + 1)) {
    const code = pointer.charCodeAt(at + 1);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}

// Keys of arrays become numbers, as Standard Schema paths expect: the value is walked along the
// pointer only when a segment could be an index (most pointers have none).
function pathOf(pointer: string, value: unknown): (string | number)[] {
  const path: (string | number)[] = [];
  if (pointer === "") return path;
  const walk = hasDigitSegment(pointer);
  let node = value;
  let from = 1;
  while (from <= pointer.length) {
    let to = pointer.indexOf("/", from);
    if (to < 0) to = pointer.length;
    const segment = unescapeSegment(pointer.slice(from, to));
    from = to + 1;
    if (!walk) {
      path.push(segment);
      continue;
    }
    const key = Array.isArray(node) && isIndex(segment) ? Number(segment) : segment;
    path.push(key);
    node =
      node !== null && typeof node === "object"
        ? (node as Record<string, unknown>)[key]
        : undefined;
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

function listed(values: unknown): string {
  return (values as string[] | null)?.join(", ") ?? "";
}

// What an error says, after its pointer; `unionOf` errors speak of the tag or deciding key.
function textOf(error: AjvError): string {
  const { keyword, params } = error;
  if (keyword === "required") return "is required";
  if (keyword === "additionalProperties") return "is not allowed";
  if (keyword !== "unionOf") return describe(error);
  if (params.problem === "conflict") return `is not allowed together with ${String(params.tag)}`;
  if (params.tag === null) return `must have one of the properties ${listed(params.allowed)}`;
  return params.problem === "missing"
    ? `is required (one of ${listed(params.allowed)})`
    : `must be one of ${listed(params.allowed)}`;
}

// Where an error points: a missing or unknown property, a conflicting key and a union's tag at
// their own pointer.
function pointerOf({ instancePath: at, keyword, params }: AjvError): string {
  if (keyword === "required") return `${at}/${escapeKey(params.missingProperty)}`;
  if (keyword === "additionalProperties") return `${at}/${escapeKey(params.additionalProperty)}`;
  if (keyword !== "unionOf" || params.tag === null) return at;
  return `${at}/${escapeKey(params.problem === "conflict" ? params.value : params.tag)}`;
}

function keywordOf({ keyword, params }: AjvError): string {
  if (keyword !== "unionOf") return keyword;
  if (params.problem === "conflict" || params.tag === null) return "oneOf";
  return params.problem === "missing" ? "required" : "discriminator";
}

// One issue of one error, its message after `prefix`.
function issueOf(error: AjvError, value: unknown, prefix: string): ValidationIssue {
  const pointer = pointerOf(error);
  return {
    pointer,
    keyword: keywordOf(error),
    message: `${prefix}${pointer || "value"} ${textOf(error)}`,
    path: pathOf(pointer, value),
  };
}

/**
 * Turns the errors of a collecting validator into issues. A failed union variant is reported through
 * the issues inside it, each prefixed with the variant the tag or key chose.
 */
export function toIssues(errors: readonly AjvError[], value: unknown): ValidationIssue[] {
  const prefixes = errors.some(isVariant) ? variantPrefixes(errors) : undefined;
  const issues: ValidationIssue[] = [];
  for (let i = 0; i < errors.length; i++) {
    const error = errors[i] as AjvError;
    if (prefixes !== undefined && isVariant(error)) continue;
    issues.push(issueOf(error, value, prefixes?.[i] ?? ""));
  }
  return issues;
}

// The prefix of each error inside a failed union variant, by index: the variant the tag or key
// chose, the innermost one (the first marker after it whose errors, from `params.from` on, hold it).
function variantPrefixes(errors: readonly AjvError[]): string[] {
  const prefixes: string[] = [];
  for (let i = 0; i < errors.length; i++) {
    prefixes.push("");
    if (isVariant(errors[i] as AjvError)) continue;
    for (let j = i + 1; j < errors.length; j++) {
      const marker = errors[j] as AjvError;
      if (!isVariant(marker) || (marker.params.from as number) > i) continue;
      const { tag, value: chosen, variant: name } = marker.params;
      const by = tag === null ? `has ${String(chosen)}` : `${String(tag)} "${String(chosen)}"`;
      prefixes[i] = `${String(name)} (${by}): `;
      break;
    }
  }
  return prefixes;
}

function isVariant(error: AjvError): boolean {
  return error.keyword === "unionOf" && error.params.problem === "variant";
}
