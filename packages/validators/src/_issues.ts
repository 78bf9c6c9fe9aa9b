import { type AjvError, describe } from "./_messages.js";
import type { ValidationIssue } from "./validation-issue.js";

// Issues are built here and handed out once complete: until then their message may be prefixed.
type Draft = { pointer: string; keyword: string; message: string; path: (string | number)[] };

function escapeKey(key: unknown): string {
  const text = String(key);
  return text.includes("~") || text.includes("/")
    ? text.replaceAll("~", "~0").replaceAll("/", "~1")
    : text;
}

function unescapeSegment(segment: string): string {
  return segment.includes("~") ? segment.replaceAll("~1", "/").replaceAll("~0", "~") : segment;
}

// Keys of arrays become numbers, as Standard Schema paths expect. Only a segment that could be an
// index needs the value: it is walked along the pointer then, and only as far as that segment.
function pathOf(pointer: string, value: unknown): (string | number)[] {
  const path: (string | number)[] = [];
  if (pointer.length === 0) return path;
  const escaped = pointer.includes("~");
  let node = value;
  let walked = 0;
  let from = 1;
  for (;;) {
    let to = pointer.indexOf("/", from);
    const last = to < 0;
    if (last) to = pointer.length;
    const segment = escaped ? unescapeSegment(pointer.slice(from, to)) : pointer.slice(from, to);
    if (isIndex(segment)) {
      for (; walked < path.length; walked++) {
        node =
          node !== null && typeof node === "object"
            ? (node as Record<string, unknown>)[path[walked] as string]
            : undefined;
      }
      path.push(Array.isArray(node) ? Number(segment) : segment);
    } else path.push(segment);
    if (last) return path;
    from = to + 1;
  }
}

function isIndex(segment: string): boolean {
  if (segment.length === 0) return false;
  for (let i = 0; i < segment.length; i++) {
    const code = segment.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

function draft(pointer: string, keyword: string, text: string, value: unknown): Draft {
  return {
    pointer,
    keyword,
    message: `${pointer || "value"} ${text}`,
    path: pathOf(pointer, value),
  };
}

// The issue of one error; `unionOf` errors speak of the tag or deciding key.
function issueOf(error: AjvError, value: unknown): Draft {
  const { instancePath: at, keyword, params } = error;
  if (keyword === "required")
    return draft(`${at}/${escapeKey(params.missingProperty)}`, keyword, "is required", value);
  if (keyword === "additionalProperties") {
    return draft(`${at}/${escapeKey(params.additionalProperty)}`, keyword, "is not allowed", value);
  }
  if (keyword !== "unionOf") return draft(at, keyword, describe(error), value);
  const allowed = (params.allowed as string[] | null)?.join(", ");
  if (params.problem === "conflict") {
    const text = `is not allowed together with ${String(params.tag)}`;
    return draft(`${at}/${escapeKey(params.value)}`, "oneOf", text, value);
  }
  if (params.tag === null) {
    return draft(at, "oneOf", `must have one of the properties ${allowed}`, value);
  }
  const tag = `${at}/${escapeKey(params.tag)}`;
  if (params.problem === "missing") {
    return draft(tag, "required", `is required (one of ${allowed})`, value);
  }
  return draft(tag, "discriminator", `must be one of ${allowed}`, value);
}

/**
 * Turns the errors of a collecting validator into issues. A failed union variant is reported through
 * the issues inside it, each prefixed with the variant the tag or key chose.
 */
export function toIssues(errors: readonly AjvError[], value: unknown): ValidationIssue[] {
  const issues: Draft[] = [];
  let variants = false;
  for (let i = 0; i < errors.length; i++) {
    const error = errors[i] as AjvError;
    if (isVariant(error)) variants = true;
    else issues.push(issueOf(error, value));
  }
  if (variants) inVariants(errors, issues);
  return issues;
}

// Each issue inside a failed union variant is prefixed with the variant the tag or key chose: the
// innermost one, the first marker after it whose errors (from `params.from` on) include it.
function inVariants(errors: readonly AjvError[], issues: Draft[]): void {
  let n = 0;
  for (let i = 0; i < errors.length; i++) {
    if (isVariant(errors[i] as AjvError)) continue;
    const issue = issues[n++] as Draft;
    for (let j = i + 1; j < errors.length; j++) {
      const marker = errors[j] as AjvError;
      if (!isVariant(marker) || (marker.params.from as number) > i) continue;
      const { tag, value: chosen, variant: name } = marker.params;
      const by = tag === null ? `has ${String(chosen)}` : `${String(tag)} "${String(chosen)}"`;
      issue.message = `${String(name)} (${by}): ${issue.message}`;
      break;
    }
  }
}

function isVariant(error: AjvError): boolean {
  return error.keyword === "unionOf" && error.params.problem === "variant";
}
