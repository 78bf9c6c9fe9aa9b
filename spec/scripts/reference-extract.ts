import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type DocField, type DocOperation, parseApiReference } from "./api-reference.js";

/**
 * The committed extract of Cloudflare's API reference (`spec/reference/api-reference.json`): what the
 * fidelity test compares the spec with, so the tests never need the reference document itself.
 */
export const REFERENCE_EXTRACT = join(import.meta.dirname, "../reference/api-reference.json");

/** A documented field as the extract keeps it: its name, type, optionality and what it holds. */
export interface ReferenceField {
  name: string;
  optional: boolean;
  /** The type as the reference writes it, without `optional`. */
  type: string;
  children: ReferenceField[];
  variants: { name: string; children: ReferenceField[] }[];
  literals: string[];
}

/** A documented operation as the extract keeps it. */
export interface ReferenceOperation {
  group: string;
  title: string;
  method: string;
  path: string;
  deprecated: boolean;
  pathParams: ReferenceField[];
  queryParams: ReferenceField[];
  bodyParams: ReferenceField[];
  returns: ReferenceField[];
  /** The JSON body of the example request, when the reference's curl example sends one. */
  exampleRequest?: unknown;
  exampleResponse?: unknown;
}

/** The whole extract: the document it was made from, and its operations in document order. */
export interface ReferenceExtract {
  source: { file: string; sha256: string };
  operations: ReferenceOperation[];
}

/** Extracts the reference document's operations (descriptions left out: no check reads them). */
export function extractReference(text: string, file: string): ReferenceExtract {
  const sha256 = createHash("sha256").update(text).digest("hex");
  return { source: { file, sha256 }, operations: parseApiReference(text).map(toReference) };
}

function toReference(op: DocOperation): ReferenceOperation {
  const { group, title, method, path, deprecated, exampleRequest, exampleResponse } = op;
  return {
    group,
    title,
    method,
    path,
    deprecated,
    pathParams: op.pathParams.map(fieldOf),
    queryParams: op.queryParams.map(fieldOf),
    bodyParams: op.bodyParams.map(fieldOf),
    returns: op.returns.map(fieldOf),
    ...(exampleRequest === undefined ? {} : { exampleRequest }),
    ...(exampleResponse === undefined ? {} : { exampleResponse }),
  };
}

function fieldOf(field: DocField): ReferenceField {
  return {
    name: field.name,
    optional: field.optional,
    type: field.type,
    children: field.children.map(fieldOf),
    variants: field.variants.map((v) => ({ name: v.name, children: v.children.map(fieldOf) })),
    literals: [...field.literals],
  };
}

const FIELD_LISTS = new Set(["children", "variants", "literals"]);

/**
 * Writes an extract the same way every time: keys sorted at every level (examples included), two
 * spaces, a final newline, and a field's empty `children`, `variants` and `literals` left out.
 */
export function serializeReferenceExtract(extract: ReferenceExtract): string {
  return `${JSON.stringify(sortKeys(extract, false), null, 2)}\n`;
}

function sortKeys(value: unknown, inExample: boolean): unknown {
  if (Array.isArray(value)) return value.map((v) => sortKeys(v, inExample));
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value)
    .filter(([k, v]) => inExample || !(FIELD_LISTS.has(k) && Array.isArray(v) && v.length === 0))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(
    entries.map(([k, v]) => [k, sortKeys(v, inExample || k.startsWith("example"))]),
  );
}

/** Reads an extract written by `serializeReferenceExtract`, restoring the empty lists it leaves out. */
export function parseReferenceExtract(text: string): ReferenceExtract {
  const raw = JSON.parse(text) as ReferenceExtract;
  if (!Array.isArray(raw.operations) || typeof raw.source?.sha256 !== "string") {
    throw new Error("not a reference extract: expected { source: { file, sha256 }, operations }");
  }
  const restore = (f: ReferenceField): ReferenceField => ({
    ...f,
    children: (f.children ?? []).map(restore),
    variants: (f.variants ?? []).map((v) => ({ ...v, children: (v.children ?? []).map(restore) })),
    literals: f.literals ?? [],
  });
  const lists = ["pathParams", "queryParams", "bodyParams", "returns"] as const;
  const operations = raw.operations.map((op) => {
    const copy = { ...op };
    for (const list of lists) copy[list] = op[list].map(restore);
    return copy;
  });
  return { source: raw.source, operations };
}

/** Reads the committed extract. */
export function readReferenceExtract(file = REFERENCE_EXTRACT): ReferenceExtract {
  return parseReferenceExtract(readFileSync(file, "utf8"));
}
