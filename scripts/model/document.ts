/** The parts of an OpenAPI 3.0 or 3.1 document the model reads; everything else is kept as it is. */
export interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, unknown>>;
  components?: { schemas?: Record<string, unknown>; [section: string]: unknown };
  [key: string]: unknown;
}

/** A JSON object of the spec, read loosely: the model checks what it relies on. */
export type Json = Record<string, unknown>;

/** Whether a value is a plain object (not an array, not null). */
export function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The path items of a document by path: its Paths object without the extensions (`x-...` keys)
 * OpenAPI lets it carry beside the paths.
 */
export function pathItems(doc: { paths?: unknown }): [path: string, item: unknown][] {
  return Object.entries(isObject(doc.paths) ? doc.paths : {}).filter(
    ([path]) => !path.startsWith("x-"),
  );
}

/** A spec the generators cannot take, its message starting with the JSON pointer of what is wrong. */
export class SpecError extends Error {}
