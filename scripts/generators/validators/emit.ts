import { readPointer } from "../../model/json-pointer.js";
import { type Chunk, contentName } from "./chunk.js";
import { json, type Key, type Place, SchemaError, spell } from "./emit-code.js";
import { schemaKeywords } from "./emit-schema.js";
import { callWhere, escapesAKey, issueWhere, step } from "./emit-where.js";
import { foldBlocks } from "./fold.js";
import { describe } from "./messages.js";
import type { JsonSchema } from "./openapi.js";

/**
 * Writes the validation function of each schema as TypeScript, once: `validate_<name>(data)` answers
 * as Ajv's standalone code does with `allErrors` off (valid or not, at the first issue), and
 * `validate_<name>(data, errors)` as with it on, every issue pushed to `errors` in Ajv's order, as
 * the package's `ValidationIssue`: pointer, keyword, message, path. Where the value is (`at`, `path`)
 * and the prefix of a union variant's messages are passed down from the caller; the rest of each
 * pointer, path and message is known here and written into the code. Keywords are checked in Ajv's
 * order: `$ref`,
 * `const`, `enum`, `not`, `anyOf`, `oneOf`, `allOf`, `if`, then the number, string, array and object
 * keywords, each group behind a check of the value's type; a lone `type` whose group has keywords is
 * checked there, any other `type` first. `emit-schema` walks a schema and its `properties` through
 * the writer here; the other `emit-*` modules write the other keywords. A differential test holds the
 * functions to Ajv's answers, turned into issues.
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
      keys: [],
      prefix: "prefix",
      pointer: null,
      mode: "both",
      fail: "return false;",
    };
    this.schema(schema, root);
    const body = foldBlocks(this.lines);
    const signature = `function ${this.fn}(data: any, errors?: any[], at = "", path?: any, prefix = ""): boolean {`;
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
   * Reports `keyword` failing on the place's value (or on its property `key`): gives up unless
   * issues are recorded, then records one, its message from the keyword's template and `params`.
   */
  fail(place: Place, keyword: string, params: Record<string, unknown> = {}, key?: Key): void {
    this.failWith(place, keyword, json(describe(keyword, params)), key);
  }

  /** `fail` with the message's text as code (`textCode` turns a template with slots into it). */
  failWith(place: Place, keyword: string, text: string, key?: Key): void {
    if (place.mode === "check") {
      this.line(place.fail);
      return;
    }
    const issue = this.helper("issue", "_issue");
    if (escapesAKey(place, key)) this.helper("escapeToken", "_issue");
    const where = issueWhere(place, key);
    this.line(
      `if (${issue}(errors, ${json(keyword)}, ${text}, ${place.prefix}, ${where})) ${place.fail}`,
    );
  }

  schema(schema: unknown, place: Place): void {
    schemaKeywords(this, schema, place);
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

  /** `$ref`: a call of the referenced schema's function, or the pointed-at schema written out. */
  ref(ref: unknown, place: Place): void {
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
      if (escapesAKey(place)) this.helper("escapeToken", "_issue");
      const args = `${place.data}, errors, ${callWhere(place)}`;
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
      body(step(place, item, { index: i }));
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
   * Ends a keyword decided over its subschemas' results: when `valid` holds, the issues they added
   * since `start` are dropped; when not, `keyword` fails after them.
   */
  settle(valid: string, start: string, place: Place, keyword: string, params = {}): void {
    if (place.mode === "check") {
      this.line(`if (!${valid}) ${place.fail}`);
      return;
    }
    this.block(`if (${valid})`, () =>
      this.line(`if (errors !== undefined) errors.length = ${start};`),
    );
    this.elseBlock("", () => this.fail(place, keyword, params));
  }
}
