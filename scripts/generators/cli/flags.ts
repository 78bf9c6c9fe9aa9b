import { resolve } from "../../model/resolve-ref.js";
import type { CliParameter } from "./operations.js";
import { descriptionOf, type FieldShape, type Json, propertiesOf, shapeOf } from "./schema.js";
import { variantHelp } from "./variant-help.js";

/** An option of a command, in the shape `packages/cli/src/commands/command-spec.ts` declares as `FlagSpec`. */
export interface CliFlag extends FieldShape {
  flag: string;
  name: string;
  in: "path" | "query" | "body";
  required?: true;
  description?: string;
}

/** The body of a command: its kind and the options its fields become. */
export interface CliBody {
  kind: "object" | "array" | "value";
  required: boolean;
  flags: CliFlag[];
}

/**
 * Options every command has (or the root has), which no parameter or body field may take. A body
 * field that would collide gets a `body-` prefix: DEX tests have a `data` field beside `--data`.
 */
export const RESERVED_FLAGS: ReadonlySet<string> = new Set([
  "account-id",
  "all",
  "api-token",
  "base-url",
  "data",
  "help",
  "json",
  "mock",
  "mock-state",
  "version",
  "yes",
  "zone-id",
]);

/** The option name of an API name: each dotted segment in kebab-case (`last_seen_user.email` -> `last-seen-user.email`). */
export function kebabFlag(name: string): string {
  return name
    .split(".")
    .map((segment) =>
      segment
        .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
        .replace(/[_\s]+/g, "-")
        .toLowerCase(),
    )
    .join(".");
}

/**
 * The option of one path or query parameter; one that would take a global option gets its
 * place as a prefix instead (`version` in the query is `--query-version`).
 */
export function transformParameter(doc: Json, param: CliParameter): CliFlag {
  const plain = kebabFlag(param.name);
  const flag = RESERVED_FLAGS.has(plain) ? `${param.in}-${plain}` : plain;
  const description = param.description ?? descriptionOf([resolve(doc, param.schema)]);
  return {
    flag,
    name: param.name,
    in: param.in,
    ...shapeOf(doc, [param.schema as Json]),
    ...(param.required ? { required: true as const } : {}),
    ...(description ? { description } : {}),
  };
}

/**
 * The body of an operation: an object body's fields become options (scalars parsed, arrays of
 * scalars by repetition, anything else as JSON or `@file`); other bodies are given with `--data` only.
 */
export function transformBody(
  doc: Json,
  body: { schema: unknown; required: boolean },
  taken: ReadonlySet<string>,
): CliBody {
  const schema = resolve(doc, body.schema);
  const { properties, required } = propertiesOf(doc, schema);
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (properties.size === 0) {
    return {
      kind: types.includes("array") ? "array" : types.includes("object") ? "object" : "value",
      required: body.required,
      flags: [],
    };
  }
  const tag = (schema.discriminator as Json | undefined)?.propertyName as string | undefined;
  const flags = [...properties].map(([name, schemas]): CliFlag => {
    const plain = kebabFlag(name);
    const flag = RESERVED_FLAGS.has(plain) || taken.has(plain) ? `body-${plain}` : plain;
    if (taken.has(flag))
      throw new Error(`body field ${name} and a parameter both want the option --${flag}`);
    const tagged = schemas.length > 1 && tag !== undefined && tag !== name;
    const description =
      (tagged ? variantHelp(doc, schema, tag, name, kebabFlag) : undefined) ??
      descriptionOf(schemas) ??
      (tagged ? `Its shape depends on --${kebabFlag(tag)}.` : undefined);
    return {
      flag,
      name,
      in: "body",
      ...shapeOf(doc, schemas),
      ...(required.has(name) ? { required: true as const } : {}),
      ...(description ? { description } : {}),
    };
  });
  return { kind: "object", required: body.required, flags };
}
