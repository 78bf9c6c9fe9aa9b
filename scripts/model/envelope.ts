import { isObject, type Json } from "./document.js";
import { resolve } from "./resolve-ref.js";

/** How deep `allOf` members are followed looking for the envelope. */
const MAX_DEPTH = 8;

/** What an answer's schema says of the `{ success, errors, messages, result }` envelope. */
export interface Envelope {
  /** Whether the answer is wrapped in the envelope. */
  enveloped: boolean;
  /** The schema of the envelope's `result` (undefined when it declares none), or the whole answer's. */
  result: unknown;
}

/**
 * The one rule for "this answer is wrapped in `{ success, result }`": its schema, with `$ref`s
 * resolved and `allOf` members merged, declares a `success` property (Cloudflare's envelope always
 * does; a bare answer such as the fleet status's never does). The `result` is the last `allOf`
 * member's that declares one without `success` beside it (the operation's own part of the
 * envelope), else the one beside `success`.
 */
export function envelopeOf(doc: unknown, schema: unknown): Envelope {
  if (schema === undefined) return { enveloped: false, result: undefined };
  if (!declares(doc, schema, "success", 0)) return { enveloped: false, result: schema };
  return { enveloped: true, result: resultOf(doc, schema, 0) };
}

function declares(doc: unknown, raw: unknown, name: string, depth: number): boolean {
  const schema = resolve(doc, raw);
  if (isObject(schema.properties) && schema.properties[name] !== undefined) return true;
  if (depth >= MAX_DEPTH || !Array.isArray(schema.allOf)) return false;
  return schema.allOf.some((member) => declares(doc, member, name, depth + 1));
}

function resultOf(doc: unknown, raw: unknown, depth: number): unknown {
  const schema = resolve(doc, raw);
  const properties = (isObject(schema.properties) ? schema.properties : {}) as Json;
  const own = properties.result;
  if (own !== undefined && properties.success === undefined) return own;
  const members = depth >= MAX_DEPTH || !Array.isArray(schema.allOf) ? [] : schema.allOf;
  const found = members
    .map((member) => resultOf(doc, member, depth + 1))
    .filter((r) => r !== undefined);
  return found.at(-1) ?? own;
}
