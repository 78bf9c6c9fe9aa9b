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

const INDEX = /\/\d+(?:\/|$)/;

// Keys of arrays become numbers, as Standard Schema paths expect; only a pointer with a numeric
// segment needs the value walked to tell an index from a key.
function pathOf(pointer: string, value: unknown): (string | number)[] {
  if (pointer === "") return [];
  const segments = pointer.slice(1).split("/").map(unescapeSegment);
  if (!INDEX.test(pointer)) return segments;
  let node = value;
  return segments.map((segment) => {
    const key = Array.isArray(node) ? Number(segment) : segment;
    node =
      node !== null && typeof node === "object"
        ? (node as Record<string, unknown>)[key]
        : undefined;
    return key;
  });
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
  errors.forEach((error, i) => {
    if (error.keyword === "unionOf" && error.params.problem === "variant") return;
    const [pointer, keyword, text] = locate(error);
    // The innermost variant whose errors (from `params.from` up to the marker) include this one.
    const variant = errors.find(
      (e, j) =>
        j > i &&
        e.keyword === "unionOf" &&
        e.params.problem === "variant" &&
        (e.params.from as number) <= i,
    );
    let message = `${pointer || "value"} ${text}`;
    if (variant) {
      const { tag, value: chosen, variant: name } = variant.params;
      const by = tag === null ? `has ${String(chosen)}` : `${String(tag)} "${String(chosen)}"`;
      message = `${String(name)} (${by}): ${message}`;
    }
    issues.push({ pointer, keyword, message, path: pathOf(pointer, value) });
  });
  return issues;
}
