/** One error as the generated collecting functions report it: Ajv's error shape, without a message. */
export interface AjvError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
}

function show(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

function article(type: string): string {
  if (type === "null") return "null";
  return type === "object" || type === "array" || type === "integer" ? `an ${type}` : `a ${type}`;
}

function list(values: unknown): string {
  if (!Array.isArray(values)) return show(values);
  let text = "";
  for (let i = 0; i < values.length; i++) text += (i === 0 ? "" : ", ") + show(values[i]);
  return text;
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

/** What an error says, without the pointer it is about. */
export function describe({ keyword, params }: AjvError): string {
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
    case "uniqueItems":
      return `must not repeat items (items ${[params.i, params.j]
        .map(Number)
        .sort((a, b) => a - b)
        .join(" and ")} are equal)`;
    case "oneOf":
      return "must match exactly one of its schemas";
    case "anyOf":
      return "must match at least one of its schemas";
    case "not":
      return "must not match its schema";
    case "false schema":
      return "is not allowed";
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
