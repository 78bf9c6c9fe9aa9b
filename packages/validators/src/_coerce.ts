/** How each parameter's wire string becomes its typed value: `number`, `integer`, `boolean`, `array:<item>`. */
export type Coercion = Readonly<Record<string, string>>;

const NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

function scalar(value: unknown, kind: string): unknown {
  if (typeof value !== "string") return value;
  if ((kind === "number" || kind === "integer") && NUMBER.test(value)) return Number(value);
  if (kind === "boolean" && (value === "true" || value === "false")) return value === "true";
  return value;
}

function entriesOf(values: Record<string, unknown> | URLSearchParams): [string, unknown][] {
  if (!(values instanceof URLSearchParams)) return Object.entries(values);
  const keys = [...new Set(values.keys())];
  return keys.map((key) => {
    const all = values.getAll(key);
    return [key, all.length === 1 ? all[0] : all];
  });
}

/**
 * Turns parameters as they arrive on the wire (strings, repeated keys) into the typed form the
 * schemas describe; values that are not strings, or strings that do not parse, pass through unchanged
 * so that validation reports them.
 */
export function coerce(
  values: Record<string, unknown> | URLSearchParams,
  coercion: Coercion,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of entriesOf(values)) {
    if (value === undefined) continue;
    const kind = coercion[key];
    if (kind === undefined) out[key] = value;
    else if (kind.startsWith("array")) {
      const item = kind.slice("array:".length);
      out[key] = (Array.isArray(value) ? value : [value]).map((v) => scalar(v, item));
    } else out[key] = scalar(value, kind);
  }
  return out;
}
