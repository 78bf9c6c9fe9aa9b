import { fullFormats } from "ajv-formats/dist/formats.js";
import { type Chunk, contentName } from "./validators-chunk.js";
import { isObject, type JsonSchema } from "./validators-openapi.js";

/**
 * Writes the validation functions of a set of schemas as TypeScript, the way Ajv's standalone code
 * behaves with `allErrors` off (`check_*`: valid or not) and on (`collect_*`: every error, in Ajv's
 * order and shape: `instancePath`, `keyword`, `params`). Keywords are checked in Ajv's order: `$ref`,
 * `const`, `enum`, `not`, `anyOf`, `allOf`, then the number, string, array and object keywords, each
 * group behind a check of the value's type; a lone `type` whose group has keywords is checked there,
 * any other `type` first. A differential test holds the two to the same answers. One difference, on
 * purpose: a union variant's `from` counts every error before it, not only its function's own.
 */

type Mode = "check" | "collect";

/** A piece of an instance path: literal text, or an expression giving text at run time. */
type PathPart = { text: string } | { code: string };

interface Place {
  /** The variable holding the value. */
  data: string;
  path: PathPart[];
  /** Where in the root schema we are, for errors in the spec (spelled out only then). */
  pointer: Pointer;
  mode: Mode;
  /** In check mode, the statement that gives up on this value. */
  fail: string;
}

/** A JSON pointer as a chain of keys, the last first: most places never need it spelled out. */
type Pointer = { up: Pointer; key: string } | null;

function spell(pointer: Pointer): string {
  let text = "";
  for (let at = pointer; at !== null; at = at.up) text = `/${escapePointer(at.key)}${text}`;
  return text || "/";
}

/** A schema the spec gets wrong, or uses in a way this generator does not support. */
export class SchemaError extends Error {}

const TYPES = ["string", "number", "integer", "boolean", "null", "object", "array"];
type Group = "number" | "string" | "array" | "object";
const GROUPS: Record<Group, string[]> = {
  number: ["maximum", "minimum", "exclusiveMaximum", "exclusiveMinimum", "format"],
  string: ["maxLength", "minLength", "pattern", "format"],
  array: ["maxItems", "minItems", "items", "uniqueItems"],
  object: [
    "maxProperties",
    "minProperties",
    "required",
    "additionalProperties",
    "properties",
    "unionOf",
  ],
};
const UNTYPED = ["$ref", "const", "enum", "not", "anyOf", "allOf"];
// Keywords that do not validate here: annotations, and `unionTag`, which `unionOf` reads.
const INERT = [
  "$defs",
  "$id",
  "$schema",
  "$anchor",
  "contentEncoding",
  "contentMediaType",
  "unionTag",
];
const SUPPORTED = new Set(["type", ...UNTYPED, ...Object.values(GROUPS).flat(), ...INERT]);
const NUMBER_FORMATS = new Set(["int32", "int64", "float", "double"]);
const LIMITS: Record<string, [comparison: string, fails: string]> = {
  maximum: ["<=", ">"],
  minimum: [">=", "<"],
  exclusiveMaximum: ["<", ">="],
  exclusiveMinimum: [">", "<="],
};
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

const json = (value: unknown) => JSON.stringify(value);
const camel = (name: string) => name.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
const escapePointer = (key: string) => key.replaceAll("~", "~0").replaceAll("/", "~1");
const member = (data: string, key: string) =>
  IDENTIFIER.test(key) ? `${data}.${key}` : `${data}[${json(key)}]`;

function renderPath(parts: PathPart[]): string {
  const merged: PathPart[] = [];
  for (const part of parts) {
    const last = merged.at(-1);
    if ("text" in part && last && "text" in last)
      merged[merged.length - 1] = { text: last.text + part.text };
    else merged.push(part);
  }
  return merged.map((p) => ("text" in p ? json(p.text) : p.code)).join(" + ");
}

function typeTest(type: string, data: string): string {
  switch (type) {
    case "object":
      return `${data} !== null && typeof ${data} === "object" && !Array.isArray(${data})`;
    case "array":
      return `Array.isArray(${data})`;
    case "null":
      return `${data} === null`;
    case "number":
      return `Number.isFinite(${data})`;
    case "integer":
      return `Number.isInteger(${data})`;
    default:
      return `typeof ${data} === "${type}"`;
  }
}

function typesTest(types: string[], data: string): string {
  if (types.length === 1) return typeTest(types[0] as string, data);
  return types
    .map((t) => (t === "object" ? `(${typeTest(t, data)})` : typeTest(t, data)))
    .join(" || ");
}

// Ajv skips subschemas that accept anything.
function alwaysValid(schema: unknown): boolean {
  return (
    schema === true || (isObject(schema) && Object.keys(schema).every((k) => INERT.includes(k)))
  );
}

/** What each compiled function is called, by schema id, and the schemas themselves. */
export interface EmitInput {
  schemas: Record<string, JsonSchema>;
  /** Schema ids to the base names of their functions (`check_<name>`, `collect_<name>`). */
  functions: Record<string, string>;
  /** How a schema id is named in errors about the spec. */
  describe: (id: string) => string;
}

/** Emits `prefix_<name>` for every schema in `input.functions`, one chunk each. */
export function emitVariant(input: EmitInput, prefix: Mode): Record<string, Chunk> {
  const chunks: Record<string, Chunk> = {};
  for (const [id, name] of Object.entries(input.functions)) {
    chunks[`${prefix}_${name}`] = new FunctionWriter(input, id, `${prefix}_${name}`).write(prefix);
  }
  return chunks;
}

class FunctionWriter {
  private readonly lines: string[] = [];
  private depth = 1;
  private counter = 0;
  private readonly constants = new Map<string, string>();
  private readonly calls = new Set<string>();
  private readonly helpers: Record<string, string> = {};
  private readonly inlining: string[] = [];

  constructor(
    private readonly input: EmitInput,
    private readonly id: string,
    private readonly fn: string,
  ) {}

  write(mode: Mode): Chunk {
    const schema = this.input.schemas[this.id] as JsonSchema;
    const root: Place = {
      data: "data",
      path: [{ code: "at" }],
      pointer: null,
      mode,
      fail: "return false;",
    };
    if (mode === "collect") this.line("const start = errors.length;");
    this.schema(schema, root);
    const body = this.lines.join("\n");
    const fn =
      mode === "check"
        ? `function ${this.fn}(data: any): boolean {\n${body}\n  return true;\n}`
        : `function ${this.fn}(data: any, at = "", errors: any[] = []): boolean {\n${body}\n  ${this.fn}.errors = errors;\n  return errors.length === start;\n}\n\nexport declare namespace ${this.fn} {\n  let errors: unknown;\n}`;
    return {
      statements: [...[...this.constants.values()].sort(), fn],
      calls: [...this.calls].filter((c) => c !== this.fn).sort(),
      helpers: this.helpers,
    };
  }

  private line(text: string): void {
    this.lines.push(`${"  ".repeat(this.depth)}${text}`);
  }

  private block(head: string, body: () => void): void {
    this.line(head === "" ? "{" : `${head} {`);
    this.depth++;
    body();
    this.depth--;
    this.line("}");
  }

  private name(prefix: string): string {
    return `${prefix}${++this.counter}`;
  }

  private helper(name: string, module: string): string {
    this.helpers[name] = module;
    return name;
  }

  /** A module-level constant holding `code`, named after it so equal ones are shared. */
  private constant(prefix: string, code: string): string {
    const name = contentName(prefix, code);
    this.constants.set(name, `const ${name} = ${code};`);
    return name;
  }

  private value(literal: unknown): string {
    return literal !== null && typeof literal === "object"
      ? this.constant("value", json(literal))
      : json(literal);
  }

  /** An error in the spec: what is wrong, and where in which schema. */
  private problem(place: Place, text: string): SchemaError {
    return new SchemaError(
      `the schema ${this.input.describe(this.id)} is invalid: ${spell(place.pointer)} ${text}`,
    );
  }

  /** A valid schema this generator cannot check (rather than check it loosely). */
  private unsupported(place: Place, text: string): SchemaError {
    return new SchemaError(
      `the validators generator does not support the schema ${this.input.describe(this.id)}: ${spell(place.pointer)} ${text}`,
    );
  }

  private at(place: Place, keyword: string): Place {
    return { ...place, pointer: { up: place.pointer, key: keyword } };
  }

  /**
   * Reports `keyword` failing on the place's value: gives up in check mode, records the error in
   * collect mode (`params` is only written then, so check functions carry no constants for it).
   */
  private fail(place: Place, keyword: string, params: string | (() => string)): void {
    if (place.mode === "check") {
      this.line(place.fail);
      return;
    }
    const text = typeof params === "string" ? params : params();
    this.line(
      `errors.push({ instancePath: ${renderPath(place.path)}, keyword: ${json(keyword)}, params: ${text} });`,
    );
  }

  private schema(schema: unknown, place: Place): void {
    if (schema === true) return;
    if (schema === false) {
      this.fail(place, "false schema", "{}");
      return;
    }
    if (!isObject(schema)) throw this.problem(place, "must be a schema (an object or a boolean)");
    for (const keyword of Object.keys(schema)) {
      if (!SUPPORTED.has(keyword)) {
        throw this.unsupported(
          this.at(place, keyword),
          keyword === "oneOf"
            ? "is decided neither by a discriminator nor by a required property only one branch declares"
            : "is a keyword it does not handle",
        );
      }
    }
    const types = this.types(schema, place);
    const used = (group: Group) => GROUPS[group].some((k) => schema[k] !== undefined);
    const lone = types.length === 1 ? (types[0] as string) : undefined;
    const folded = lone !== undefined && lone in GROUPS && used(lone as Group);
    const typeError = () => this.fail(place, "type", `{ type: ${json(schema.type)} }`);
    if (types.length > 0 && !folded) {
      this.block(`if (!(${typesTest(types, place.data)}))`, typeError);
    }
    if (schema.$ref !== undefined) this.ref(schema.$ref, this.at(place, "$ref"));
    if (schema.const !== undefined) this.const(schema.const, place);
    if (schema.enum !== undefined) this.enum(schema.enum, this.at(place, "enum"));
    if (schema.not !== undefined) this.not(schema.not, this.at(place, "not"));
    if (schema.anyOf !== undefined) this.anyOf(schema.anyOf, this.at(place, "anyOf"));
    if (schema.allOf !== undefined) {
      const all = this.schemaList(schema.allOf, this.at(place, "allOf"));
      all.forEach((sub, i) => {
        this.schema(sub, this.at(this.at(place, "allOf"), String(i)));
      });
    }
    for (const group of Object.keys(GROUPS) as Group[]) {
      if (!used(group)) continue;
      const keywords = () => this.group(group, schema, place);
      if (folded && lone === group) {
        this.line(`if (${typeTest(group, place.data)}) {`);
        this.depth++;
        keywords();
        this.depth--;
        this.line("} else {");
        this.depth++;
        typeError();
        this.depth--;
        this.line("}");
      } else this.block(`if (${typeTest(group, place.data)})`, keywords);
    }
  }

  private types(schema: Record<string, unknown>, place: Place): string[] {
    if (schema.type === undefined) return [];
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (types.length === 0 || !types.every((t) => TYPES.includes(t as string))) {
      throw this.problem(
        this.at(place, "type"),
        `must be one of ${TYPES.join(", ")}, or a list of them`,
      );
    }
    return types as string[];
  }

  private schemaList(list: unknown, place: Place): unknown[] {
    if (!Array.isArray(list) || list.length === 0) {
      throw this.problem(place, "must be a non-empty array of schemas");
    }
    return list;
  }

  private count(schema: Record<string, unknown>, keyword: string, place: Place): number {
    const n = schema[keyword];
    if (typeof n !== "number" || !Number.isInteger(n) || n < 0) {
      throw this.problem(this.at(place, keyword), "must be a non-negative integer");
    }
    return n;
  }

  private group(group: Group, schema: Record<string, unknown>, place: Place): void {
    const d = place.data;
    const limit = (keyword: string, size: string, fails: string) => {
      if (schema[keyword] === undefined) return;
      const n = this.count(schema, keyword, place);
      this.block(`if (${size} ${fails} ${n})`, () => this.fail(place, keyword, `{ limit: ${n} }`));
    };
    if (group === "number") {
      for (const [keyword, [comparison, fails]] of Object.entries(LIMITS)) {
        const n = schema[keyword];
        if (n === undefined) continue;
        if (typeof n !== "number" || !Number.isFinite(n))
          throw this.problem(this.at(place, keyword), "must be a number");
        this.block(`if (${d} ${fails} ${n})`, () =>
          this.fail(place, keyword, `{ comparison: ${json(comparison)}, limit: ${n} }`),
        );
      }
      this.format(schema.format, "number", place);
    } else if (group === "string") {
      const length = `${this.helper("ucs2length", "_ucs2length")}(${d})`;
      if (schema.maxLength !== undefined || schema.minLength !== undefined) {
        limit("maxLength", length, ">");
        limit("minLength", length, "<");
      }
      if (schema.pattern !== undefined) this.pattern(schema.pattern, place);
      this.format(schema.format, "string", place);
    } else if (group === "array") {
      limit("maxItems", `${d}.length`, ">");
      limit("minItems", `${d}.length`, "<");
      if (schema.items !== undefined) this.items(schema.items, this.at(place, "items"));
      if (schema.uniqueItems !== undefined) this.uniqueItems(schema, place);
    } else {
      limit("maxProperties", `Object.keys(${d}).length`, ">");
      limit("minProperties", `Object.keys(${d}).length`, "<");
      if (schema.required !== undefined) this.required(schema.required, this.at(place, "required"));
      const properties = schema.properties ?? {};
      if (!isObject(properties)) {
        throw this.problem(this.at(place, "properties"), "must be an object of schemas");
      }
      if (schema.additionalProperties !== undefined) {
        this.additional(schema.additionalProperties, Object.keys(properties), place);
      }
      for (const [key, sub] of Object.entries(properties)) {
        if (key === "__proto__" || alwaysValid(sub)) continue;
        const inner = this.at(this.at(place, "properties"), key);
        const value = this.name("d");
        this.block(`if (${member(d, key)} !== undefined)`, () => {
          this.line(`const ${value} = ${member(d, key)};`);
          this.schema(sub, {
            ...inner,
            data: value,
            path: [...place.path, { text: `/${escapePointer(key)}` }],
          });
        });
      }
      if (schema.unionOf !== undefined) this.union(schema, place);
    }
  }

  private ref(ref: unknown, place: Place): void {
    if (typeof ref !== "string") throw this.problem(place, "must be a string");
    const [id = "", pointer] = ref.split("#");
    if (pointer !== undefined) {
      this.inlineRef(ref, id, pointer, place);
      return;
    }
    const name = this.input.functions[id];
    if (name === undefined)
      throw this.problem(place, `points at ${json(ref)}, which is not a schema`);
    const fn = `${place.mode}_${name}`;
    this.calls.add(fn);
    if (place.mode === "check")
      this.block(`if (!${fn}(${place.data}))`, () => this.line(place.fail));
    else this.line(`${fn}(${place.data}, ${renderPath(place.path)}, errors);`);
  }

  // A reference into a schema (`Name#/properties/x`) is written out where it is used.
  private inlineRef(ref: string, id: string, pointer: string, place: Place): void {
    let target: unknown = this.input.schemas[id];
    for (const segment of pointer.split("/").slice(1)) {
      const key = segment.replaceAll("~1", "/").replaceAll("~0", "~");
      target =
        isObject(target) || Array.isArray(target)
          ? (target as Record<string, unknown>)[key]
          : undefined;
    }
    if (target === undefined)
      throw this.problem(place, `points at ${json(ref)}, which is not a schema`);
    if (this.inlining.includes(ref)) {
      throw this.unsupported(place, `refers to ${json(ref)} from inside it`);
    }
    this.inlining.push(ref);
    this.schema(target, place);
    this.inlining.pop();
  }

  private const(value: unknown, place: Place): void {
    const test =
      value !== null && typeof value === "object"
        ? `!${this.helper("equal", "_equal")}(${place.data}, ${this.value(value)})`
        : `${place.data} !== ${json(value)}`;
    this.block(`if (${test})`, () =>
      this.fail(place, "const", () => `{ allowedValue: ${this.value(value)} }`),
    );
  }

  private enum(values: unknown, place: Place): void {
    if (!Array.isArray(values) || values.length === 0) {
      throw this.problem(place, "must be a non-empty array");
    }
    const test = values
      .map((v) =>
        v !== null && typeof v === "object"
          ? `!${this.helper("equal", "_equal")}(${place.data}, ${this.value(v)})`
          : `${place.data} !== ${json(v)}`,
      )
      .join(" && ");
    this.block(`if (${test})`, () =>
      this.fail(place, "enum", () => `{ allowedValues: ${this.value(values)} }`),
    );
  }

  private not(sub: unknown, place: Place): void {
    const label = this.name("not");
    this.block(`${label}:`, () => {
      this.schema(sub, { ...place, mode: "check", fail: `break ${label};` });
      this.fail(place, "not", "{}");
    });
  }

  private anyOf(list: unknown, place: Place): void {
    const branches = this.schemaList(list, place);
    if (branches.some(alwaysValid)) return;
    if (place.mode === "check") {
      const label = this.name("anyOf");
      this.block(`${label}:`, () => {
        branches.forEach((branch, i) => {
          const inner = this.name("branch");
          this.block(`${inner}:`, () => {
            this.schema(branch, { ...this.at(place, String(i)), fail: `break ${inner};` });
            this.line(`break ${label};`);
          });
        });
        this.line(place.fail);
      });
      return;
    }
    const start = this.name("s");
    const valid = this.name("v");
    this.line(`const ${start} = errors.length;`);
    this.line(`let ${valid} = false;`);
    branches.forEach((branch, i) => {
      this.block(i === 0 ? "" : `if (!${valid})`, () => {
        const own = this.name("s");
        this.line(`const ${own} = errors.length;`);
        this.schema(branch, this.at(place, String(i)));
        this.line(`if (errors.length === ${own}) ${valid} = true;`);
      });
    });
    this.line(`if (${valid}) errors.length = ${start};`);
    this.line(
      `else errors.push({ instancePath: ${renderPath(place.path)}, keyword: "anyOf", params: {} });`,
    );
  }

  private format(format: unknown, group: "number" | "string", place: Place): void {
    if (format === undefined) return;
    const at = this.at(place, "format");
    const definition =
      typeof format === "string" ? (fullFormats as Record<string, unknown>)[format] : undefined;
    if (definition === undefined)
      throw this.problem(at, `names a format that is not known: ${json(format)}`);
    const isNumber = NUMBER_FORMATS.has(format as string);
    // Each format checks values of its own type only, and some accept every value of it.
    if (isNumber !== (group === "number") || definition === true) return;
    if (format === "float" || format === "double") return;
    const test =
      definition instanceof RegExp
        ? `${this.constant("format", definition.toString())}.test(${place.data})`
        : `${this.helper(`${camel(format as string)}Format`, "_formats")}(${place.data})`;
    this.block(`if (!${test})`, () => this.fail(place, "format", `{ format: ${json(format)} }`));
  }

  private pattern(pattern: unknown, place: Place): void {
    const at = this.at(place, "pattern");
    if (typeof pattern !== "string") throw this.problem(at, "must be a string");
    try {
      new RegExp(pattern, "u");
    } catch (error) {
      throw this.problem(at, `is not a valid regular expression: ${(error as Error).message}`);
    }
    const regexp = this.constant("pattern", `new RegExp(${json(pattern)}, "u")`);
    this.block(`if (!${regexp}.test(${place.data}))`, () =>
      this.fail(place, "pattern", `{ pattern: ${json(pattern)} }`),
    );
  }

  // As Ajv: from the last item back, reporting the first repeat found as `{ i, j }`.
  private uniqueItems(schema: Record<string, unknown>, place: Place): void {
    if (typeof schema.uniqueItems !== "boolean") {
      throw this.problem(this.at(place, "uniqueItems"), "must be a boolean");
    }
    if (!schema.uniqueItems) return;
    const d = place.data;
    const [i, j] = [this.name("i"), this.name("j")];
    const items = isObject(schema.items) ? schema.items : undefined;
    const itemTypes = items?.type === undefined ? [] : [items.type].flat().map(String);
    const scalar = itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
    const found = () => {
      this.fail(place, "uniqueItems", `{ i: ${i}, j: ${j} }`);
      if (place.mode === "collect") this.line(scalar ? "break;" : `break ${label};`);
    };
    const label = this.name("outer");
    this.line(`let ${i} = ${d}.length;`);
    this.line(`let ${j}: number;`);
    this.block(`if (${i} > 1)`, () => {
      if (scalar) {
        const seen = this.name("seen");
        const item = this.name("item");
        this.line(`const ${seen} = new Map<unknown, number>();`);
        this.block(`for (; ${i}--; )`, () => {
          this.line(`const ${item} = ${d}[${i}];`);
          this.line(`if (!(${typesTest(itemTypes, item)})) continue;`);
          this.block(`if (${seen}.has(${item}))`, () => {
            this.line(`${j} = ${seen}.get(${item}) as number;`);
            found();
          });
          this.line(`${seen}.set(${item}, ${i});`);
        });
      } else {
        const equal = this.helper("equal", "_equal");
        this.line(`${label}: for (; ${i}--; ) {`);
        this.depth++;
        this.block(`for (${j} = ${i}; ${j}--; )`, () =>
          this.block(`if (${equal}(${d}[${i}], ${d}[${j}]))`, found),
        );
        this.depth--;
        this.line("}");
      }
    });
  }

  private items(items: unknown, place: Place): void {
    if (Array.isArray(items)) throw this.unsupported(place, "is a list of schemas (a tuple)");
    if (alwaysValid(items)) return;
    const [i, item] = [this.name("i"), this.name("d")];
    this.block(`for (let ${i} = 0; ${i} < ${place.data}.length; ${i}++)`, () => {
      this.line(`const ${item} = ${place.data}[${i}];`);
      this.schema(items, {
        ...place,
        data: item,
        path: [...place.path, { text: "/" }, { code: i }],
      });
    });
  }

  private required(required: unknown, place: Place): void {
    if (!Array.isArray(required) || !required.every((k) => typeof k === "string")) {
      throw this.problem(place, "must be an array of property names");
    }
    for (const key of required as string[]) {
      this.block(`if (${member(place.data, key)} === undefined)`, () =>
        this.fail(place, "required", `{ missingProperty: ${json(key)} }`),
      );
    }
  }

  private additional(schema: unknown, declared: string[], place: Place): void {
    const at = this.at(place, "additionalProperties");
    if (alwaysValid(schema)) return;
    if (typeof schema !== "boolean" && !isObject(schema))
      throw this.problem(at, "must be a schema");
    const key = this.name("k");
    const names = declared.filter((k) => k !== "__proto__");
    const known =
      names.length === 0
        ? "false"
        : names.length <= 8
          ? names.map((k) => `${key} === ${json(k)}`).join(" || ")
          : `${this.constant("keys", `new Set(${json(names)})`)}.has(${key})`;
    this.block(`for (const ${key} in ${place.data})`, () => {
      this.block(`if (!(${known}))`, () => {
        if (schema === false) {
          this.fail(place, "additionalProperties", `{ additionalProperty: ${key} }`);
          return;
        }
        const value = this.name("d");
        this.line(`const ${value} = ${place.data}[${key}];`);
        this.schema(schema, {
          ...at,
          data: value,
          path: [
            ...place.path,
            { text: "/" },
            { code: `${key}.replace(/~/g, "~0").replace(/\\//g, "~1")` },
          ],
        });
      });
    });
  }

  // `unionOf` (with `unionTag`): the variant the tag's value, or the one deciding key present, picks.
  private union(schema: Record<string, unknown>, place: Place): void {
    const at = this.at(place, "unionOf");
    const cases = schema.unionOf;
    if (!isObject(cases) || Object.keys(cases).length === 0) {
      throw this.problem(at, "must be an object of schemas");
    }
    const tag = schema.unionTag;
    if (tag !== undefined && typeof tag !== "string") {
      throw this.problem(this.at(place, "unionTag"), "must be a string");
    }
    const keys = Object.keys(cases);
    const allowed = place.mode === "collect" ? this.value(keys) : "null";
    const params = (fields: Record<string, string>) => {
      const all = {
        problem: "",
        tag: "null",
        value: "null",
        variant: "null",
        allowed: "null",
        from: "null",
        ...fields,
      };
      return `{ ${Object.entries(all)
        .map(([k, v]) => `${k}: ${v}`)
        .join(", ")} }`;
    };
    const d = place.data;
    const variant = (key: string, label: string) => {
      const sub = cases[key];
      const ref =
        isObject(sub) && typeof sub.$ref === "string" && !sub.$ref.includes("#") ? sub.$ref : label;
      if (place.mode === "check") {
        this.schema(sub, this.at(at, key));
        return;
      }
      const from = this.name("f");
      this.line(`const ${from} = errors.length;`);
      this.schema(sub, this.at(at, key));
      this.block(`if (errors.length !== ${from})`, () =>
        this.line(
          `errors.push({ instancePath: ${renderPath(place.path)}, keyword: "unionOf", params: ${params(
            {
              problem: '"variant"',
              tag: json(tag ?? null),
              value: json(key),
              variant: json(ref),
              from,
            },
          )} });`,
        ),
      );
    };
    if (typeof tag === "string") {
      const value = this.name("t");
      this.line(`const ${value} = ${member(d, tag)};`);
      this.block(`if (${value} === undefined)`, () =>
        this.fail(place, "unionOf", params({ problem: '"missing"', tag: json(tag), allowed })),
      );
      for (const key of keys) {
        this.lines[this.lines.length - 1] += ` else if (${value} === ${json(key)}) {`;
        this.depth++;
        variant(key, `the variant for ${tag} "${key}"`);
        this.depth--;
        this.line("}");
      }
      this.lines[this.lines.length - 1] += " else {";
      this.depth++;
      this.fail(place, "unionOf", params({ problem: '"unknown"', tag: json(tag), value, allowed }));
      this.depth--;
      this.line("}");
      return;
    }
    keys.forEach((key, n) => {
      const head = `if (${member(d, key)} !== undefined) {`;
      if (n === 0) this.line(head);
      else this.lines[this.lines.length - 1] += ` else ${head}`;
      this.depth++;
      for (const other of keys.filter((k) => k !== key)) {
        this.block(`if (${member(d, other)} !== undefined)`, () =>
          this.fail(
            place,
            "unionOf",
            params({ problem: '"conflict"', tag: json(key), value: json(other) }),
          ),
        );
      }
      variant(key, `the variant with ${key}`);
      this.depth--;
      this.line("}");
    });
    this.lines[this.lines.length - 1] += " else {";
    this.depth++;
    this.fail(place, "unionOf", params({ problem: '"missing"', allowed }));
    this.depth--;
    this.line("}");
  }
}
