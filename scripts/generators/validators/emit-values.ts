import { fullFormats } from "ajv-formats/dist/formats.js";
import type { FunctionWriter } from "./emit.js";
import { camel, json, NUMBER_FORMATS, type Place } from "./emit-code.js";

/**
 * The keywords about one value: `const`, `enum`, `format`, `pattern`, `multipleOf`.
 * Each writes its part of a check function through the writer, in Ajv's order and error shape.
 */

export function constKeyword(w: FunctionWriter, value: unknown, place: Place): void {
  const test =
    value !== null && typeof value === "object"
      ? `!${w.helper("equal", "_equal")}(${place.data}, ${w.value(value)})`
      : `${place.data} !== ${json(value)}`;
  w.block(`if (${test})`, () => w.fail(place, "const", { allowedValue: value }));
}

export function enumKeyword(w: FunctionWriter, values: unknown, place: Place): void {
  if (!Array.isArray(values) || values.length === 0) {
    throw w.problem(place, "must be a non-empty array");
  }
  const test = values
    .map((v) =>
      v !== null && typeof v === "object"
        ? `!${w.helper("equal", "_equal")}(${place.data}, ${w.value(v)})`
        : `${place.data} !== ${json(v)}`,
    )
    .join(" && ");
  w.block(`if (${test})`, () => w.fail(place, "enum", { allowedValues: values }));
}

export function formatKeyword(
  w: FunctionWriter,
  format: unknown,
  group: "number" | "string",
  place: Place,
): void {
  if (format === undefined) return;
  if (typeof format !== "string")
    throw w.problem(w.at(place, "format"), `must be a string; got ${json(format)}`);
  // OpenAPI leaves `format` open ("int32", "password", a spec's own names): one it does not know
  // is an annotation, as JSON Schema's format-annotation vocabulary has every format.
  const definition = (fullFormats as Record<string, unknown>)[format];
  if (definition === undefined) return;
  const isNumber = NUMBER_FORMATS.has(format);
  // Each format checks values of its own type only, and some accept every value of it.
  if (isNumber !== (group === "number") || definition === true) return;
  if (format === "float" || format === "double") return;
  const test =
    definition instanceof RegExp
      ? `${w.constant("format", definition.toString())}.test(${place.data})`
      : `${w.helper(`${camel(format)}Format`, "_formats")}(${place.data})`;
  w.block(`if (!${test})`, () => w.fail(place, "format", { format }));
}

export function patternKeyword(w: FunctionWriter, pattern: unknown, place: Place): void {
  const regexp = w.regexp(pattern, w.at(place, "pattern"));
  w.block(`if (!${regexp}.test(${place.data}))`, () => w.fail(place, "pattern", { pattern }));
}

export function multipleOfKeyword(w: FunctionWriter, n: unknown, place: Place): void {
  if (typeof n !== "number" || !(n > 0)) {
    throw w.problem(w.at(place, "multipleOf"), "must be a number above 0");
  }
  // Ajv's test, down to its answer for quotients parseInt cannot read back (1e21 and up).
  const quotient = w.name("q");
  w.line(`const ${quotient} = ${place.data} / ${n};`);
  w.block(`if (${quotient} !== parseInt(String(${quotient})))`, () =>
    w.fail(place, "multipleOf", { multipleOf: n }),
  );
}
