/**
 * What each issue says, after its pointer: the one set of templates, read by the generator, which
 * writes each message into the code (its parameters are known there), and by the differential
 * test, which turns Ajv's errors into the issues the generated code must report.
 */

function show(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

function article(type: string): string {
  if (type === "null") return "null";
  return type === "object" || type === "array" || type === "integer" ? `an ${type}` : `a ${type}`;
}

function list(values: unknown): string {
  return Array.isArray(values) ? values.map(show).join(", ") : show(values);
}

const LIMITS: Record<string, (limit: unknown) => string> = {
  maxLength: (n) => `must be at most ${n} characters long`,
  minLength: (n) => `must be at least ${n} characters long`,
  maximum: (n) => `must be <= ${n}`,
  minimum: (n) => `must be >= ${n}`,
  exclusiveMaximum: (n) => `must be < ${n}`,
  exclusiveMinimum: (n) => `must be > ${n}`,
  maxItems: (n) => `must have at most ${n} items`,
  // `items: false` after `prefixItems`: no item past the tuple's.
  items: (n) => `must have at most ${n} items`,
  minItems: (n) => `must have at least ${n} items`,
  maxProperties: (n) => `must have at most ${n} properties`,
  minProperties: (n) => `must have at least ${n} properties`,
};

/** Two equal items, the lower index first. */
export function repeatedItems(lower: unknown, higher: unknown): string {
  return `must not repeat items (items ${lower} and ${higher} are equal)`;
}

/** What a failed keyword says, from its Ajv parameters. */
export function describe(keyword: string, params: Record<string, unknown>): string {
  const limit = LIMITS[keyword];
  if (limit) return limit(params.limit);
  switch (keyword) {
    case "type":
      return Array.isArray(params.type)
        ? `must be ${params.type.map((t) => article(String(t))).join(" or ")}`
        : `must be ${article(String(params.type))}`;
    case "enum":
      return `must be one of ${list(params.allowedValues)}`;
    case "const":
      return `must be ${show(params.allowedValue)}`;
    case "format":
      return `must be a valid ${show(params.format)}`;
    case "pattern":
      return `must match the pattern ${show(params.pattern)}`;
    case "multipleOf":
      return `must be a multiple of ${show(params.multipleOf)}`;
    case "uniqueItems": {
      const [lower, higher] = [params.i, params.j].map(Number).sort((a, b) => a - b);
      return repeatedItems(lower, higher);
    }
    case "oneOf":
      return "must match exactly one of its schemas";
    case "anyOf":
      return "must match at least one of its schemas";
    case "not":
      return "must not match its schema";
    case "false schema":
    case "additionalProperties":
      return "is not allowed";
    case "required":
      return "is required";
    case "if":
      return `must match the "${show(params.failingKeyword)}" schema`;
    case "propertyNames":
      return `has an invalid property name ${show(params.propertyName)}`;
    case "dependentRequired":
      return `must have ${list(params.deps)} when ${show(params.property)} is present`;
    case "contains":
      return `must contain at least ${show(params.minContains ?? 1)} matching item(s)`;
    default:
      return `fails the ${keyword} keyword`;
  }
}

/** How a union that fails to pick its variant is reported: keyword, text, and the key it is at. */
export interface UnionIssue {
  keyword: string;
  text: string;
  /** The property the issue is about (the tag, the second deciding key), under the union's value. */
  key?: string;
}

/** The issue of a `unionOf` error that is not a failed variant (see `variantPrefix`). */
export function unionIssue(params: {
  problem: string;
  tag: string | null;
  value?: unknown;
  allowed: readonly string[] | null;
}): UnionIssue {
  const { problem, tag } = params;
  const allowed = params.allowed?.join(", ");
  if (problem === "conflict") {
    return {
      keyword: "oneOf",
      text: `is not allowed together with ${tag}`,
      key: String(params.value),
    };
  }
  if (tag === null) return { keyword: "oneOf", text: `must have one of the properties ${allowed}` };
  if (problem === "missing")
    return { keyword: "required", text: `is required (one of ${allowed})`, key: tag };
  return { keyword: "discriminator", text: `must be one of ${allowed}`, key: tag };
}

/** What each issue inside a failed union variant starts with: the variant the tag or key chose. */
export function variantPrefix(variant: string, tag: string | null, value: string): string {
  return `${variant} (${tag === null ? `has ${value}` : `${tag} "${value}"`}): `;
}
