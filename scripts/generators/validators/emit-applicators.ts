import type { FunctionWriter } from "./emit.js";
import { alwaysValid, type Place } from "./emit-code.js";

/**
 * The keywords that combine subschemas on the same value: `not`, `anyOf`, `oneOf`, `if`/`then`/`else`.
 * Each writes its part of a check function through the writer, in Ajv's order and error shape.
 */

export function notKeyword(w: FunctionWriter, sub: unknown, place: Place): void {
  const label = w.name("not");
  w.block(`${label}:`, () => {
    w.schema(sub, { ...place, mode: "check", fail: `break ${label};` });
    w.fail(place, "not");
  });
}

export function anyOfKeyword(w: FunctionWriter, list: unknown, place: Place): void {
  const branches = w.schemaList(list, place);
  if (branches.some(alwaysValid)) return;
  if (place.mode === "check") {
    const label = w.name("anyOf");
    w.block(`${label}:`, () => {
      branches.forEach((branch, i) => {
        const inner = w.name("branch");
        w.block(`${inner}:`, () => {
          w.schema(branch, { ...w.at(place, String(i)), fail: `break ${inner};` });
          w.line(`break ${label};`);
        });
      });
      w.line(place.fail);
    });
    return;
  }
  const start = w.errorCount(place);
  const valid = w.name("v");
  w.line(`let ${valid} = false;`);
  branches.forEach((branch, i) => {
    w.block(i === 0 ? "" : `if (!${valid})`, () => {
      const ok = w.matches(branch, w.at(place, String(i)));
      w.line(`if (${ok}) ${valid} = true;`);
    });
  });
  w.settle(valid, start, place, "anyOf");
}

// As Ajv: the branches in order until two match; exactly one must.
export function oneOfKeyword(w: FunctionWriter, list: unknown, place: Place): void {
  const branches = w.schemaList(list, place);
  const [valid, more] = [w.name("v"), w.name("more")];
  const start = w.errorCount(place);
  w.line(`let ${valid} = false;`);
  w.line(`let ${more} = true;`);
  branches.forEach((branch, i) => {
    w.block(i === 0 ? "" : `if (${more})`, () => {
      const ok = alwaysValid(branch) ? "true" : w.matches(branch, w.at(place, String(i)));
      const passes = () => w.line(`${valid} = true;`);
      if (i === 0) {
        w.block(`if (${ok})`, passes);
        return;
      }
      w.block(`if (${ok} && ${valid})`, () => {
        w.line(`${valid} = false;`);
        w.line(`${more} = false;`);
      });
      w.elseBlock(`if (${ok})`, passes);
    });
  });
  w.settle(valid, start, place, "oneOf");
}

// `if` decides, without errors of its own, whether `then` or `else` applies.
export function ifKeyword(w: FunctionWriter, schema: Record<string, unknown>, place: Place): void {
  if (schema.then === undefined && schema.else === undefined) return;
  const decided = w.matches(schema.if, { ...w.at(place, "if"), mode: "check", fail: "" });
  for (const [keyword, test] of [
    ["then", decided],
    ["else", `!${decided}`],
  ] as const) {
    const sub = schema[keyword];
    if (sub === undefined) continue;
    w.block(`if (${test})`, () => {
      const ok = w.matches(sub, w.at(place, keyword));
      w.block(`if (!${ok})`, () => w.fail(place, "if", { failingKeyword: keyword }));
    });
  }
}
