import fc from "fast-check";
import { deref, type Schema } from "./_spec.js";

const DATE = fc
  .date({
    min: new Date("1970-01-01T00:00:00Z"),
    max: new Date("2100-01-01T00:00:00Z"),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString());

function stringOf(schema: Schema): fc.Arbitrary<string> {
  if (schema.format === "date-time") return DATE;
  if (schema.format === "date") return DATE.map((s) => s.slice(0, 10));
  if (schema.format === "uuid") return fc.uuid();
  if (schema.format === "uri") return fc.webUrl();
  if (schema.format === "ipv4") return fc.ipV4();
  if (schema.format === "ipv6") return fc.ipV6();
  if (schema.format === "email") return fc.constantFrom("someone@example.com", "a.b@c.example");
  const maxLength = typeof schema.maxLength === "number" ? schema.maxLength : 12;
  return fc.string({ minLength: (schema.minLength as number | undefined) ?? 0, maxLength });
}

function numberOf(schema: Schema, integer: boolean): fc.Arbitrary<number> {
  const min = typeof schema.minimum === "number" ? schema.minimum : -1e6;
  const max = typeof schema.maximum === "number" ? schema.maximum : 1e6;
  return integer
    ? fc.integer({ min, max })
    : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

function objectOf(schema: Schema, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const properties = (schema.properties as Record<string, Schema> | undefined) ?? {};
  const required = (schema.required as string[] | undefined) ?? [];
  const own = fc.record(
    Object.fromEntries(
      Object.entries(properties)
        // A `false` property is one the value must not have (`host` beside a split tunnel `address`).
        .filter(([, sub]) => (sub as unknown) !== false)
        .map(([key, sub]) => [key, arbitraryOf(sub, depth + 1)]),
    ),
    { requiredKeys: required.filter((key) => key in properties) },
  );
  const parts: fc.Arbitrary<unknown>[] = [own];
  for (const part of (schema.allOf as Schema[] | undefined) ?? [])
    parts.push(arbitraryOf(part, depth + 1));
  const branches = (schema.oneOf ?? schema.anyOf) as Schema[] | undefined;
  if (branches) parts.push(fc.oneof(...branches.map((b) => arbitraryOf(b, depth + 1))));
  // Later parts win a shared key: a variant's `const` tag over the base's plain string.
  return fc.tuple(...parts).map((values) => Object.assign({}, ...(values as object[])));
}

/** Values that a schema of the bundled spec accepts, for property-based tests. */
export function arbitraryOf(raw: unknown, depth = 0): fc.Arbitrary<unknown> {
  const schema = deref(raw);
  if (depth > 12) throw new Error("schema nests too deep for the generator");
  if ("const" in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...schema.enum);
  const types = Array.isArray(schema.type)
    ? (schema.type as string[])
    : [schema.type as string | undefined];
  if (types.length > 1)
    return fc.oneof(...types.map((type) => arbitraryOf({ ...schema, type }, depth)));
  const [type] = types;
  if (type === "null") return fc.constant(null);
  if (
    type === "object" ||
    schema.properties ||
    schema.allOf ||
    (schema.oneOf && type === undefined)
  ) {
    if (!schema.properties && !schema.allOf && type === undefined) {
      return fc.oneof(...(schema.oneOf as Schema[]).map((b) => arbitraryOf(b, depth + 1)));
    }
    return objectOf(schema, depth);
  }
  if (schema.anyOf)
    return fc.oneof(...(schema.anyOf as Schema[]).map((b) => arbitraryOf(b, depth + 1)));
  switch (type) {
    case "string":
      return stringOf(schema);
    case "integer":
    case "number":
      return numberOf(schema, type === "integer" || schema.format === "int64");
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "array":
      return fc.array(arbitraryOf(schema.items ?? {}, depth + 1), {
        minLength: (schema.minItems as number | undefined) ?? 0,
        maxLength: Math.max(3, (schema.minItems as number | undefined) ?? 0),
      });
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}
