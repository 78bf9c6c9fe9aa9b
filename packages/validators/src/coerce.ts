/**
 * How each parameter's wire string becomes its typed value: `number`, `integer`, `boolean`,
 * `array:<item>` (anything else stays a string), as the generated operation tables name it.
 */
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
 * so that validation reports them. A number is written in decimal (`16`, `-1.5`, `2e3`): `0x10`,
 * `" 5"` or `""` stay strings. The one wire coercion of the project: the validators and the mock
 * server read query strings with it (`@zt-devices/validators/coerce`, which loads nothing else).
 *
 * @example
 * ```ts
 * import { coerce } from "@zt-devices/validators/coerce";
 * coerce(new URLSearchParams("per_page=10&id=a"), { per_page: "integer", id: "array:string" });
 * // { per_page: 10, id: ["a"] }
 * ```
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
