import type { FunctionWriter } from "./emit.js";
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
  LIMITS,
  member,
  type Place,
  SUPPORTED,
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
import { step } from "./emit-where.js";
import { isObject } from "./openapi.js";

/**
 * A schema's keywords, in Ajv's order: a `type` that no group of keywords checks first, then `$ref`,
 * `const`, `enum`, `not`, `anyOf`, `oneOf`, `allOf`, `if`, then the number, string, array and object
 * keywords, each group behind a check of the value's type (where a lone `type` of that group is
 * checked too).
 */
export function schemaKeywords(w: FunctionWriter, schema: unknown, place: Place): void {
  if (schema === true) return;
  if (schema === false) {
    w.fail(place, "false schema");
    return;
  }
  if (!isObject(schema)) throw w.problem(place, "must be a schema (an object or a boolean)");
  for (const keyword of Object.keys(schema)) {
    if (!SUPPORTED.has(keyword)) {
      throw w.unsupported(w.at(place, keyword), "is a keyword it does not handle");
    }
  }
  const types = typesOf(w, schema, place);
  const used = (group: Group) => GROUPS[group].some((k) => schema[k] !== undefined);
  const lone = types.length === 1 ? (types[0] as string) : undefined;
  const folded = lone !== undefined && lone in GROUPS && used(lone as Group);
  const typeError = () => w.fail(place, "type", { type: schema.type });
  if (types.length > 0 && !folded) {
    w.block(`if (!(${typesTest(types, place.data)}))`, typeError);
  }
  if (schema.$ref !== undefined) w.ref(schema.$ref, w.at(place, "$ref"));
  if (schema.const !== undefined) constKeyword(w, schema.const, place);
  if (schema.enum !== undefined) enumKeyword(w, schema.enum, w.at(place, "enum"));
  if (schema.not !== undefined) notKeyword(w, schema.not, w.at(place, "not"));
  if (schema.anyOf !== undefined) anyOfKeyword(w, schema.anyOf, w.at(place, "anyOf"));
  if (schema.oneOf !== undefined) oneOfKeyword(w, schema.oneOf, w.at(place, "oneOf"));
  if (schema.allOf !== undefined) {
    const all = w.schemaList(schema.allOf, w.at(place, "allOf"));
    all.forEach((sub, i) => {
      w.schema(sub, w.at(w.at(place, "allOf"), String(i)));
    });
  }
  if (schema.if !== undefined) ifKeyword(w, schema, place);
  for (const group of Object.keys(GROUPS) as Group[]) {
    if (!used(group)) continue;
    const keywords = () => groupKeywords(w, group, schema, place);
    w.block(`if (${typeTest(group, place.data)})`, keywords);
    if (folded && lone === group) w.elseBlock("", typeError);
  }
}

function typesOf(w: FunctionWriter, schema: Record<string, unknown>, place: Place): string[] {
  if (schema.type === undefined) return [];
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (types.length === 0 || !types.every((t) => TYPES.includes(t as string))) {
    throw w.problem(w.at(place, "type"), `must be one of ${TYPES.join(", ")}, or a list of them`);
  }
  return types as string[];
}

function groupKeywords(
  w: FunctionWriter,
  group: Group,
  schema: Record<string, unknown>,
  place: Place,
): void {
  const d = place.data;
  // `quick`: a test on the UTF-16 length that must hold before the code points are worth counting.
  const limit = (keyword: string, size: string, fails: string, quick?: (n: number) => string) => {
    if (schema[keyword] === undefined) return;
    const n = w.count(schema, keyword, place);
    const test = `${size} ${fails} ${n}`;
    w.block(`if (${quick ? `${quick(n)} && ${test}` : test})`, () =>
      w.fail(place, keyword, { limit: n }),
    );
  };
  if (group === "number") {
    for (const [keyword, [comparison, fails]] of Object.entries(LIMITS)) {
      const n = schema[keyword];
      if (n === undefined) continue;
      if (typeof n !== "number" || !Number.isFinite(n))
        throw w.problem(w.at(place, keyword), "must be a number");
      w.block(`if (${d} ${fails} ${n})`, () => w.fail(place, keyword, { comparison, limit: n }));
    }
    if (schema.multipleOf !== undefined) multipleOfKeyword(w, schema.multipleOf, place);
    formatKeyword(w, schema.format, "number", place);
  } else if (group === "string") {
    if (schema.maxLength !== undefined || schema.minLength !== undefined) {
      // Imported only where a length is checked: an unused import is dead code.
      const length = `${w.helper("ucs2length", "_ucs2length")}(${d})`;
      // A code point is one or two UTF-16 units: a string of at most n units has at most n code
      // points, one of 2n units or more at least n.
      limit("maxLength", length, ">", (n) => `${d}.length > ${n}`);
      limit("minLength", length, "<", (n) => `${d}.length < ${2 * n}`);
    }
    if (schema.pattern !== undefined) patternKeyword(w, schema.pattern, place);
    formatKeyword(w, schema.format, "string", place);
  } else if (group === "array") {
    limit("maxItems", `${d}.length`, ">");
    limit("minItems", `${d}.length`, "<");
    const prefix = schema.prefixItems === undefined ? [] : prefixItemsKeyword(w, schema, place);
    if (schema.items !== undefined)
      itemsKeyword(w, schema.items, prefix.length, w.at(place, "items"));
    if (schema.contains !== undefined) containsKeyword(w, schema, place);
    if (schema.uniqueItems !== undefined) uniqueItemsKeyword(w, schema, place);
  } else {
    limit("maxProperties", `Object.keys(${d}).length`, ">");
    limit("minProperties", `Object.keys(${d}).length`, "<");
    if (schema.required !== undefined) requiredKeyword(w, schema.required, w.at(place, "required"));
    if (schema.propertyNames !== undefined) propertyNamesKeyword(w, schema.propertyNames, place);
    const properties = schema.properties ?? {};
    if (!isObject(properties)) {
      throw w.problem(w.at(place, "properties"), "must be an object of schemas");
    }
    const patterns = patternRegExps(w, schema.patternProperties, place);
    if (schema.additionalProperties !== undefined) {
      additionalPropertiesKeyword(
        w,
        schema.additionalProperties,
        Object.keys(properties),
        patterns,
        place,
      );
    }
    for (const [key, sub] of Object.entries(properties)) {
      if (key === "__proto__" || alwaysValid(sub)) continue;
      const inner = w.at(w.at(place, "properties"), key);
      // A `false` schema reads nothing of the value: no local for it.
      const value = sub === false ? member(d, key) : w.name("d");
      w.block(`if (${member(d, key)} !== undefined)`, () => {
        if (sub !== false) w.line(`const ${value} = ${member(d, key)};`);
        w.schema(sub, step(inner, value, { text: key }));
      });
    }
    patternPropertiesKeyword(w, schema.patternProperties, patterns, place);
    if (schema.dependentRequired !== undefined) dependentRequiredKeyword(w, schema, place);
    if (schema.dependentSchemas !== undefined) dependentSchemasKeyword(w, schema, place);
    if (schema.unionOf !== undefined) unionOfKeyword(w, schema, place);
  }
}
