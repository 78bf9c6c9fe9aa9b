import type { FunctionWriter } from "./emit.js";
import { alwaysValid, json, member, type Place, slot, textCode } from "./emit-code.js";
import { step } from "./emit-where.js";
import { describe } from "./messages.js";
import { isObject } from "./openapi.js";

/**
 * The object keywords: `required`, `propertyNames`, `additionalProperties`, `patternProperties`,
 * `dependentRequired`, `dependentSchemas` (`properties` is the writer's own walk).
 * Each writes its part of a check function through the writer, in Ajv's order and error shape.
 */

export function requiredKeyword(w: FunctionWriter, required: unknown, place: Place): void {
  if (!Array.isArray(required) || !required.every((k) => typeof k === "string")) {
    throw w.problem(place, "must be an array of property names");
  }
  for (const key of required as string[]) {
    w.block(`if (${member(place.data, key)} === undefined)`, () =>
      w.fail(place, "required", {}, { text: key }),
    );
  }
}

export function additionalPropertiesKeyword(
  w: FunctionWriter,
  schema: unknown,
  declared: string[],
  patterns: string[],
  place: Place,
): void {
  const at = w.at(place, "additionalProperties");
  if (alwaysValid(schema)) return;
  if (typeof schema !== "boolean" && !isObject(schema)) throw w.problem(at, "must be a schema");
  const key = w.name("k");
  const names = declared.filter((k) => k !== "__proto__");
  const tests = [
    ...(names.length <= 8
      ? names.map((k) => `${key} === ${json(k)}`)
      : [`${w.constant("keys", `new Set(${json(names)})`)}.has(${key})`]),
    ...patterns.map((regexp) => `${regexp}.test(${key})`),
  ];
  const additional = () => {
    if (schema === false) {
      w.fail(place, "additionalProperties", {}, { name: key });
      return;
    }
    const value = w.name("d");
    w.line(`const ${value} = ${place.data}[${key}];`);
    w.schema(schema, step({ ...place, pointer: at.pointer }, value, { name: key }));
  };
  w.block(`for (const ${key} in ${place.data})`, () => {
    // Without declared properties or patterns, every property is an additional one.
    if (tests.length === 0) additional();
    else w.block(`if (!(${tests.join(" || ")}))`, additional);
  });
}

/** The regular expressions of `patternProperties`, as constants, in the schema's order. */
export function patternRegExps(
  w: FunctionWriter,
  patternProperties: unknown,
  place: Place,
): string[] {
  if (patternProperties === undefined) return [];
  const at = w.at(place, "patternProperties");
  if (!isObject(patternProperties)) throw w.problem(at, "must be an object of schemas");
  return Object.keys(patternProperties).map((pattern) => w.regexp(pattern, w.at(at, pattern)));
}

export function patternPropertiesKeyword(
  w: FunctionWriter,
  patternProperties: unknown,
  patterns: string[],
  place: Place,
): void {
  if (!isObject(patternProperties)) return;
  const at = w.at(place, "patternProperties");
  Object.entries(patternProperties).forEach(([pattern, sub], n) => {
    if (alwaysValid(sub)) return;
    const key = w.name("k");
    w.block(`for (const ${key} in ${place.data})`, () => {
      w.block(`if (${patterns[n]}.test(${key}))`, () => {
        const value = w.name("d");
        w.line(`const ${value} = ${place.data}[${key}];`);
        w.schema(sub, step(w.at(at, pattern), value, { name: key }));
      });
    });
  });
}

// Each property name, checked as a string; a name that fails is reported after its own errors.
export function propertyNamesKeyword(w: FunctionWriter, schema: unknown, place: Place): void {
  if (alwaysValid(schema)) return;
  const key = w.name("k");
  w.block(`for (const ${key} in ${place.data})`, () => {
    const ok = w.matches(schema, { ...w.at(place, "propertyNames"), data: key });
    w.block(`if (!${ok})`, () =>
      w.failWith(
        place,
        "propertyNames",
        textCode(describe("propertyNames", { propertyName: slot(key) })),
      ),
    );
  });
}

export function dependentRequiredKeyword(
  w: FunctionWriter,
  schema: Record<string, unknown>,
  place: Place,
): void {
  const at = w.at(place, "dependentRequired");
  const dependencies = schema.dependentRequired;
  if (!isObject(dependencies)) throw w.problem(at, "must be an object of property lists");
  for (const [property, deps] of Object.entries(dependencies)) {
    if (!Array.isArray(deps) || !deps.every((k) => typeof k === "string")) {
      throw w.problem(w.at(at, property), "must be an array of property names");
    }
    if (deps.length === 0) continue;
    const params = { property, deps: deps.join(", ") };
    w.block(`if (${member(place.data, property)} !== undefined)`, () => {
      for (const dep of deps as string[]) {
        w.block(`if (${member(place.data, dep)} === undefined)`, () =>
          w.fail(place, "dependentRequired", params),
        );
      }
    });
  }
}

export function dependentSchemasKeyword(
  w: FunctionWriter,
  schema: Record<string, unknown>,
  place: Place,
): void {
  const at = w.at(place, "dependentSchemas");
  const dependencies = schema.dependentSchemas;
  if (!isObject(dependencies)) throw w.problem(at, "must be an object of schemas");
  for (const [property, sub] of Object.entries(dependencies)) {
    if (alwaysValid(sub)) continue;
    w.block(`if (${member(place.data, property)} !== undefined)`, () =>
      w.schema(sub, w.at(at, property)),
    );
  }
}
