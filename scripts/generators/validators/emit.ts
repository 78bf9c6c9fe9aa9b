import { escapeToken, readPointer } from "../../_json-pointer.js";
import { type Chunk, contentName } from "./chunk.js";
import { anyOfKeyword, ifKeyword, notKeyword, oneOfKeyword } from "./emit-applicators.js";
import {
  containsKeyword,
  itemsKeyword,
  prefixItemsKeyword,
  uniqueItemsKeyword,
} from "./emit-arrays.js";
import {
  alwaysValid,
  GROUPS,
  type Group,
  json,
  LIMITS,
  member,
  type PathPart,
  type Place,
  renderPath,
  SchemaError,
  SUPPORTED,
  spell,
  TYPES,
  typesTest,
  typeTest,
} from "./emit-code.js";
import {
  additionalPropertiesKeyword,
  dependentRequiredKeyword,
  dependentSchemasKeyword,
  patternPropertiesKeyword,
  patternRegExps,
  propertyNamesKeyword,
  requiredKeyword,
} from "./emit-objects.js";
import { unionOfKeyword } from "./emit-union.js";
import {
  constKeyword,
  enumKeyword,
  formatKeyword,
  multipleOfKeyword,
  patternKeyword,
} from "./emit-values.js";
import { foldBlocks } from "./fold.js";
import { isObject, type JsonSchema } from "./openapi.js";

/**
 * Writes the validation function of each schema as TypeScript, once: `validate_<name>(data)` answers
 * as Ajv's standalone code does with `allErrors` off (valid or not, at the first issue), and
 * `validate_<name>(data, errors)` as with it on (every error pushed to `errors`, in Ajv's order and
 * shape: `instancePath`, `keyword`, `params`). Keywords are checked in Ajv's order: `$ref`,
 * `const`, `enum`, `not`, `anyOf`, `oneOf`, `allOf`, `if`, then the number, string, array and object
 * keywords, each group behind a check of the value's type; a lone `type` whose group has keywords is
 * checked there, any other `type` first. The writer here walks a schema and its `properties`; the
 * `emit-*` modules write the other keywords through it. A differential test holds the
 * functions to Ajv's answers. One difference, on purpose: a union variant's `from` counts every
 * error before it, not only its own function's.
 */

/** What each compiled function is called, by schema id, and the schemas themselves. */
export interface EmitInput {
  schemas: Record<string, JsonSchema>;
  /** Schema ids to the base names of their functions (`validate_<name>`). */
  functions: Record<string, string>;
  /** How a schema id is named in errors about the spec. */
  describe: (id: string) => string;
}

/** Emits `validate_<name>` for every function named in `input.functions`, once each. */
export function emitFunctions(input: EmitInput): Record<string, Chunk> {
  const chunks: Record<string, Chunk> = {};
  for (const [id, name] of Object.entries(input.functions)) {
    if (chunks[`validate_${name}`]) continue; // a schema equal to one before it
    chunks[`validate_${name}`] = new FunctionWriter(input, id, `validate_${name}`).write();
  }
  return chunks;
}

/** Writes one check or collect function; the keyword modules write their parts through it. */
export class FunctionWriter {
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

  write(): Chunk {
    const schema = this.input.schemas[this.id] as JsonSchema;
    const root: Place = {
      data: "data",
      path: [{ code: "at" }],
      pointer: null,
      mode: "both",
      fail: "return false;",
    };
    this.schema(schema, root);
    const body = foldBlocks(this.lines);
    const signature = `function ${this.fn}(data: any, errors?: any[], at = ""): boolean {`;
    const fn =
      body.length === 0
        ? `${signature}\n  return true;\n}`
        : `${signature}\n  const start = errors === undefined ? 0 : errors.length;\n${body.join("\n")}\n  return errors === undefined || errors.length === start;\n}`;
    return {
      statements: [...[...this.constants.values()].sort(), fn],
      calls: [...this.calls].filter((c) => c !== this.fn).sort(),
      helpers: this.helpers,
    };
  }

  line(text: string): void {
    this.lines.push(`${"  ".repeat(this.depth)}${text}`);
  }

  /** Runs `body` one level further in. */
  indented(body: () => void): void {
    this.depth++;
    body();
    this.depth--;
  }

  /** Continues the block just closed with `else <head> { body }` (a plain `else` without head). */
  elseBlock(head: string, body: () => void): void {
    this.lines[this.lines.length - 1] += head === "" ? " else {" : ` else ${head} {`;
    this.indented(body);
    this.line("}");
  }

  block(head: string, body: () => void): void {
    this.line(head === "" ? "{" : `${head} {`);
    this.depth++;
    body();
    this.depth--;
    this.line("}");
  }

  name(prefix: string): string {
    return `${prefix}${++this.counter}`;
  }

  helper(name: string, module: string): string {
    this.helpers[name] = module;
    return name;
  }

  /** A module-level constant holding `code`, named after it so equal ones are shared. */
  constant(prefix: string, code: string): string {
    const name = contentName(prefix, code);
    // An empty array literal would be typed `any[]`: say what it holds.
    this.constants.set(name, `const ${name}${code === "[]" ? ": unknown[]" : ""} = ${code};`);
    return name;
  }

  value(literal: unknown): string {
    return literal !== null && typeof literal === "object"
      ? this.constant("value", json(literal))
      : json(literal);
  }

  /** An error in the spec: what is wrong, and where in which schema. */
  problem(place: Place, text: string): SchemaError {
    return new SchemaError(
      `the schema ${this.input.describe(this.id)} is invalid: ${spell(place.pointer)} ${text}`,
    );
  }

  /** A valid schema this generator cannot check (rather than check it loosely). */
  unsupported(place: Place, text: string): SchemaError {
    return new SchemaError(
      `the validators generator does not support the schema ${this.input.describe(this.id)}: ${spell(place.pointer)} ${text}`,
    );
  }

  at(place: Place, keyword: string): Place {
    return { ...place, pointer: { up: place.pointer, key: keyword } };
  }

  /**
   * Reports `keyword` failing on the place's value: gives up unless errors are recorded, then
   * records the error (never in check mode, which carries no constants for `params`).
   */
  fail(place: Place, keyword: string, params: string | (() => string)): void {
    if (place.mode === "check") {
      this.line(place.fail);
      return;
    }
    const text = typeof params === "string" ? params : params();
    const report = this.helper("report", "_report");
    this.line(
      `if (${report}(errors, ${renderPath(place.path)}, ${json(keyword)}, ${text})) ${place.fail}`,
    );
  }

  schema(schema: unknown, place: Place): void {
    if (schema === true) return;
    if (schema === false) {
      this.fail(place, "false schema", "{}");
      return;
    }
    if (!isObject(schema)) throw this.problem(place, "must be a schema (an object or a boolean)");
    for (const keyword of Object.keys(schema)) {
      if (!SUPPORTED.has(keyword)) {
        throw this.unsupported(this.at(place, keyword), "is a keyword it does not handle");
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
    if (schema.const !== undefined) constKeyword(this, schema.const, place);
    if (schema.enum !== undefined) enumKeyword(this, schema.enum, this.at(place, "enum"));
    if (schema.not !== undefined) notKeyword(this, schema.not, this.at(place, "not"));
    if (schema.anyOf !== undefined) anyOfKeyword(this, schema.anyOf, this.at(place, "anyOf"));
    if (schema.oneOf !== undefined) oneOfKeyword(this, schema.oneOf, this.at(place, "oneOf"));
    if (schema.allOf !== undefined) {
      const all = this.schemaList(schema.allOf, this.at(place, "allOf"));
      all.forEach((sub, i) => {
        this.schema(sub, this.at(this.at(place, "allOf"), String(i)));
      });
    }
    if (schema.if !== undefined) ifKeyword(this, schema, place);
    for (const group of Object.keys(GROUPS) as Group[]) {
      if (!used(group)) continue;
      const keywords = () => this.group(group, schema, place);
      this.block(`if (${typeTest(group, place.data)})`, keywords);
      if (folded && lone === group) this.elseBlock("", typeError);
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

  schemaList(list: unknown, place: Place): unknown[] {
    if (!Array.isArray(list) || list.length === 0) {
      throw this.problem(place, "must be a non-empty array of schemas");
    }
    return list;
  }

  count(schema: Record<string, unknown>, keyword: string, place: Place): number {
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
      if (schema.multipleOf !== undefined) multipleOfKeyword(this, schema.multipleOf, place);
      formatKeyword(this, schema.format, "number", place);
    } else if (group === "string") {
      if (schema.maxLength !== undefined || schema.minLength !== undefined) {
        // Imported only where a length is checked: an unused import is dead code.
        const length = `${this.helper("ucs2length", "_ucs2length")}(${d})`;
        limit("maxLength", length, ">");
        limit("minLength", length, "<");
      }
      if (schema.pattern !== undefined) patternKeyword(this, schema.pattern, place);
      formatKeyword(this, schema.format, "string", place);
    } else if (group === "array") {
      limit("maxItems", `${d}.length`, ">");
      limit("minItems", `${d}.length`, "<");
      const prefix =
        schema.prefixItems === undefined ? [] : prefixItemsKeyword(this, schema, place);
      if (schema.items !== undefined)
        itemsKeyword(this, schema.items, prefix.length, this.at(place, "items"));
      if (schema.contains !== undefined) containsKeyword(this, schema, place);
      if (schema.uniqueItems !== undefined) uniqueItemsKeyword(this, schema, place);
    } else {
      limit("maxProperties", `Object.keys(${d}).length`, ">");
      limit("minProperties", `Object.keys(${d}).length`, "<");
      if (schema.required !== undefined)
        requiredKeyword(this, schema.required, this.at(place, "required"));
      if (schema.propertyNames !== undefined)
        propertyNamesKeyword(this, schema.propertyNames, place);
      const properties = schema.properties ?? {};
      if (!isObject(properties)) {
        throw this.problem(this.at(place, "properties"), "must be an object of schemas");
      }
      const patterns = patternRegExps(this, schema.patternProperties, place);
      if (schema.additionalProperties !== undefined) {
        additionalPropertiesKeyword(
          this,
          schema.additionalProperties,
          Object.keys(properties),
          patterns,
          place,
        );
      }
      for (const [key, sub] of Object.entries(properties)) {
        if (key === "__proto__" || alwaysValid(sub)) continue;
        const inner = this.at(this.at(place, "properties"), key);
        // A `false` schema reads nothing of the value: no local for it.
        const value = sub === false ? member(d, key) : this.name("d");
        this.block(`if (${member(d, key)} !== undefined)`, () => {
          if (sub !== false) this.line(`const ${value} = ${member(d, key)};`);
          this.schema(sub, {
            ...inner,
            data: value,
            path: [...place.path, { text: `/${escapeToken(key)}` }],
          });
        });
      }
      patternPropertiesKeyword(this, schema.patternProperties, patterns, place);
      if (schema.dependentRequired !== undefined) dependentRequiredKeyword(this, schema, place);
      if (schema.dependentSchemas !== undefined) dependentSchemasKeyword(this, schema, place);
      if (schema.unionOf !== undefined) unionOfKeyword(this, schema, place);
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
    const fn = `validate_${name}`;
    this.calls.add(fn);
    if (place.mode === "check") this.line(`if (!${fn}(${place.data})) ${place.fail}`);
    else {
      // The path is only built when errors are recorded: the first-issue pass never reads it.
      const path = renderPath(place.path);
      const args = `${place.data}, errors, ${path === "at" ? path : `errors && ${path}`}`;
      this.line(`if (!${fn}(${args}) && errors === undefined) ${place.fail}`);
    }
  }

  // A reference into a schema (`Name#/properties/x`) is written out where it is used.
  private inlineRef(ref: string, id: string, pointer: string, place: Place): void {
    const target = readPointer(this.input.schemas[id], pointer);
    if (target === undefined)
      throw this.problem(place, `points at ${json(ref)}, which is not a schema`);
    if (this.inlining.includes(ref)) {
      throw this.unsupported(place, `refers to ${json(ref)} from inside it`);
    }
    this.inlining.push(ref);
    this.schema(target, place);
    this.inlining.pop();
  }

  /** A module constant holding `pattern` compiled as Ajv compiles it (`u` flag). */
  regexp(pattern: unknown, at: Place): string {
    if (typeof pattern !== "string") throw this.problem(at, "must be a string");
    try {
      new RegExp(pattern, "u");
    } catch (error) {
      throw this.problem(at, `is not a valid regular expression: ${(error as Error).message}`);
    }
    return this.constant("pattern", `new RegExp(${json(pattern)}, "u")`);
  }

  /** Writes `body` for every item from `from` on, with the item's own place. */
  eachItem(place: Place, from: number, body: (item: Place) => void): void {
    const [i, item] = [this.name("i"), this.name("d")];
    this.block(`for (let ${i} = ${from}; ${i} < ${place.data}.length; ${i}++)`, () => {
      this.line(`const ${item} = ${place.data}[${i}];`);
      body({ ...place, data: item, path: [...place.path, { text: "/" }, { code: i }] });
    });
  }

  /**
   * Writes `schema` for `place` so that whether it holds lands in a new variable, whose name it
   * returns; when errors are recorded, its errors are as well, as Ajv's applicators do.
   */
  matches(schema: unknown, place: Place): string {
    const ok = this.name("ok");
    const before = this.errorCount(place);
    const label = this.name("m");
    this.line(`let ${ok} = false;`);
    this.block(`${label}:`, () => {
      this.schema(schema, { ...place, fail: `break ${label};` });
      this.line(
        place.mode === "check"
          ? `${ok} = true;`
          : `${ok} = errors === undefined || errors.length === ${before};`,
      );
    });
    return ok;
  }

  /** Unless in check mode, a new variable holding how many errors there are so far (else ""). */
  errorCount(place: Place): string {
    if (place.mode === "check") return "";
    const start = this.name("s");
    this.line(`const ${start} = errors === undefined ? 0 : errors.length;`);
    return start;
  }

  /**
   * Ends a keyword decided over its subschemas' results: when `valid` holds, the errors they added
   * since `start` are dropped; when not, `keyword` fails after them.
   */
  settle(valid: string, start: string, place: Place, keyword: string, params: string): void {
    if (place.mode === "check") {
      this.line(`if (!${valid}) ${place.fail}`);
      return;
    }
    this.block(`if (${valid})`, () =>
      this.line(`if (errors !== undefined) errors.length = ${start};`),
    );
    this.elseBlock("", () => this.fail(place, keyword, params));
  }

  /** The instance path of the property named by the variable `key` of the place's value. */
  keyPath(place: Place, key: string): PathPart[] {
    const escaped = `${key}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
    return [...place.path, { text: "/" }, { code: escaped }];
  }
}
