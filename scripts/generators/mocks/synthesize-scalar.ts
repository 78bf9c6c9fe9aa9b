import type { Json } from "../../model/document.js";

/** A plausible value for each string format the mocks know; others read as a plain string. */
const FORMATS: Record<string, string> = {
  "date-time": "2024-01-01T00:00:00Z",
  date: "2024-01-01",
  time: "00:00:00Z",
  duration: "PT1H",
  email: "user@example.com",
  "idn-email": "user@example.com",
  hostname: "example.com",
  "idn-hostname": "example.com",
  ipv4: "192.0.2.1",
  ipv6: "2001:db8::1",
  uri: "https://example.com",
  url: "https://example.com",
  "uri-reference": "https://example.com",
  iri: "https://example.com",
  uuid: "00000000-0000-4000-8000-000000000000",
  byte: "",
  binary: "",
};

/** The scalar types, each with the check a documented example must pass to be used. */
const FITS: Record<string, (value: unknown) => boolean> = {
  string: (value) => typeof value === "string",
  integer: (value) => Number.isInteger(value),
  number: (value) => typeof value === "number" && Number.isFinite(value),
  boolean: (value) => typeof value === "boolean",
};

/** Whether `type` is one of the scalar types `synthesizeScalar` answers for. */
export function isScalarType(type: string): boolean {
  return Object.hasOwn(FITS, type);
}

/**
 * A deterministic value of a scalar type for `schema` (its `$ref`s resolved, `enum` and `const`
 * already tried): the schema's own `example`, first of `examples` or `default` when it has the type,
 * else a string by `format` within `minLength`/`maxLength`, a number at the lower bound (0 without
 * one) rounded up to `multipleOf`, `true` for a boolean.
 *
 * @example
 * synthesizeScalar({ type: "string", format: "date" }, "string"); // "2024-01-01"
 */
export function synthesizeScalar(schema: Json, type: string): unknown {
  const fits = FITS[type] ?? (() => false);
  const documented = [
    schema.example,
    Array.isArray(schema.examples) ? schema.examples[0] : undefined,
    schema.default,
  ].find(fits);
  if (documented !== undefined) return documented;
  if (type === "string") return stringOf(schema);
  if (type === "boolean") return true;
  return numberOf(schema, type === "integer");
}

function stringOf(schema: Json): string {
  const format = typeof schema.format === "string" ? schema.format : "";
  let text = FORMATS[format] ?? "string";
  const min = typeof schema.minLength === "number" ? schema.minLength : 0;
  const max = typeof schema.maxLength === "number" ? schema.maxLength : Number.POSITIVE_INFINITY;
  if (text.length > max) text = text.slice(0, max);
  return text.padEnd(min, "x");
}

function numberOf(schema: Json, integer: boolean): number {
  const num = (key: string) =>
    typeof schema[key] === "number" ? (schema[key] as number) : undefined;
  const step = num("multipleOf") ?? (integer ? 1 : undefined);
  const exclusiveMin = num("exclusiveMinimum");
  const exclusiveMax = num("exclusiveMaximum");
  let value = num("minimum") ?? (exclusiveMin === undefined ? 0 : exclusiveMin + (step ?? 1));
  const max =
    num("maximum") ?? (exclusiveMax === undefined ? undefined : exclusiveMax - (step ?? 1));
  if (num("minimum") === undefined && exclusiveMin === undefined && max !== undefined)
    value = Math.min(value, max);
  if (step !== undefined && step > 0) value = Math.ceil(value / step) * step;
  return integer ? Math.ceil(value) : value;
}
