import type { ValidationIssue } from "../../../packages/validators/src/validation-issue.js";
import { escapeToken, unescapeToken } from "../../model/json-pointer.js";
import { describe, unionIssue } from "./messages.js";

/** One error of Ajv's, as the differential test reads it (see `union-keyword.ts` for the prefix). */
export interface AjvError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  /** What the issue's message starts with when the error is inside a failed union variant. */
  variantPrefix?: string;
}

const escapeKey = (key: unknown) => escapeToken(String(key));

// The keys of a pointer into `value`, an index being a number where the value there is an array.
function pathOf(pointer: string, value: unknown): (string | number)[] {
  const path: (string | number)[] = [];
  let node = value;
  for (const segment of pointer.split("/").slice(1).map(unescapeToken)) {
    const index = Array.isArray(node) && /^\d+$/.test(segment);
    path.push(index ? Number(segment) : segment);
    node =
      node !== null && typeof node === "object"
        ? (node as Record<string, unknown>)[segment]
        : undefined;
  }
  return path;
}

function issueOf(error: AjvError, value: unknown): ValidationIssue {
  const { instancePath: at, params } = error;
  let { keyword } = error;
  let pointer = at;
  let text: string;
  if (keyword === "unionOf") {
    const union = unionIssue(params as Parameters<typeof unionIssue>[0]);
    keyword = union.keyword;
    text = union.text;
    if (union.key !== undefined) pointer = `${at}/${escapeKey(union.key)}`;
  } else {
    text = describe(keyword, params);
    const key = keyword === "required" ? params.missingProperty : params.additionalProperty;
    if (keyword === "required" || keyword === "additionalProperties")
      pointer = `${at}/${escapeKey(key)}`;
  }
  return {
    pointer,
    keyword,
    message: `${error.variantPrefix ?? ""}${pointer || "value"} ${text}`,
    path: pathOf(pointer, value),
  };
}

/**
 * The issues the generated validators must report for a value, from Ajv's errors on it: each
 * error's pointer, keyword and message as the templates say, its path read along the value; the
 * markers of failed union variants only lend their prefix to the errors inside them.
 */
export function referenceIssues(errors: readonly AjvError[], value: unknown): ValidationIssue[] {
  return errors
    .filter((e) => !(e.keyword === "unionOf" && e.params.problem === "variant"))
    .map((error) => issueOf(error, value));
}
