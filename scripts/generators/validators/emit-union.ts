import type { FunctionWriter } from "./emit.js";
import { json, member, type Place, renderPath } from "./emit-code.js";
import { isObject } from "./openapi.js";

/**
 * `unionOf` with `unionTag`: the unions the spec's discriminators and deciding keys become.
 * Each writes its part of a check function through the writer, in Ajv's order and error shape.
 */

// `unionOf` (with `unionTag`): the variant the tag's value, or the one deciding key present, picks.
export function unionOfKeyword(
  w: FunctionWriter,
  schema: Record<string, unknown>,
  place: Place,
): void {
  const at = w.at(place, "unionOf");
  const cases = schema.unionOf;
  if (!isObject(cases) || Object.keys(cases).length === 0) {
    throw w.problem(at, "must be an object of schemas");
  }
  const tag = schema.unionTag;
  if (tag !== undefined && typeof tag !== "string") {
    throw w.problem(w.at(place, "unionTag"), "must be a string");
  }
  const keys = Object.keys(cases);
  const allowed = place.mode === "check" ? "null" : w.value(keys);
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
      w.schema(sub, w.at(at, key));
      return;
    }
    const from = w.errorCount(place);
    w.schema(sub, w.at(at, key));
    w.block(`if (errors !== undefined && errors.length !== ${from})`, () =>
      w.line(
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
    const value = w.name("t");
    w.line(`const ${value} = ${member(d, tag)};`);
    w.block(`if (${value} === undefined)`, () =>
      w.fail(place, "unionOf", params({ problem: '"missing"', tag: json(tag), allowed })),
    );
    for (const key of keys) {
      w.elseBlock(`if (${value} === ${json(key)})`, () =>
        variant(key, `the variant for ${tag} "${key}"`),
      );
    }
    w.elseBlock("", () =>
      w.fail(place, "unionOf", params({ problem: '"unknown"', tag: json(tag), value, allowed })),
    );
    return;
  }
  keys.forEach((key, n) => {
    const head = `if (${member(d, key)} !== undefined)`;
    (n === 0 ? w.block : w.elseBlock).call(w, head, () => {
      // Another deciding key too (those before this one are known absent here): no variant is
      // chosen, so only the conflict is reported; the variant would often forbid the other key and
      // say so a second time.
      const others = keys.slice(n + 1);
      const present = (k: string) => `${member(d, k)} !== undefined`;
      const conflict = (other: string) =>
        w.fail(
          place,
          "unionOf",
          params({ problem: '"conflict"', tag: json(key), value: json(other) }),
        );
      if (others.length === 0) return variant(key, `the variant with ${key}`);
      w.block(`if (${others.map(present).join(" || ")})`, () => {
        if (others.length === 1) return conflict(others[0] as string);
        for (const other of others) w.block(`if (${present(other)})`, () => conflict(other));
      });
      w.elseBlock("", () => variant(key, `the variant with ${key}`));
    });
  });
  w.elseBlock("", () => w.fail(place, "unionOf", params({ problem: '"missing"', allowed })));
}
