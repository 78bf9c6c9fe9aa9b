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

/** A spec the generators cannot take, its message starting with the JSON pointer of what is wrong. */
export class SpecError extends Error {}
