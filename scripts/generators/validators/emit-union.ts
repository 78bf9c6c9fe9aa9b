import type { FunctionWriter } from "./emit.js";
import { json, member, type Place } from "./emit-code.js";
import { type UnionIssue, unionIssue, variantPrefix } from "./messages.js";
import { isObject } from "./openapi.js";

/**
 * `unionOf` with `unionTag`: the unions the spec's discriminators and deciding keys become.
 * Each writes its part of a check function through the writer, in Ajv's order; the issues inside
 * the chosen variant say which variant it is (`variantPrefix`), through their place's prefix.
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
  const fail = ({ keyword, text, key }: UnionIssue) =>
    w.failWith(place, keyword, json(text), key === undefined ? undefined : { text: key });
  const d = place.data;
  const variant = (key: string, label: string) => {
    const sub = cases[key];
    const ref =
      isObject(sub) && typeof sub.$ref === "string" && !sub.$ref.includes("#") ? sub.$ref : label;
    const prefix = json(variantPrefix(ref, tag ?? null, key));
    w.schema(sub, { ...w.at(at, key), prefix: place.mode === "check" ? place.prefix : prefix });
  };
  if (typeof tag === "string") {
    const value = w.name("t");
    w.line(`const ${value} = ${member(d, tag)};`);
    w.block(`if (${value} === undefined)`, () =>
      fail(unionIssue({ problem: "missing", tag, allowed: keys })),
    );
    for (const key of keys) {
      w.elseBlock(`if (${value} === ${json(key)})`, () =>
        variant(key, `the variant for ${tag} "${key}"`),
      );
    }
    w.elseBlock("", () => fail(unionIssue({ problem: "unknown", tag, allowed: keys })));
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
        fail(unionIssue({ problem: "conflict", tag: key, value: other, allowed: null }));
      if (others.length === 0) return variant(key, `the variant with ${key}`);
      w.block(`if (${others.map(present).join(" || ")})`, () => {
        if (others.length === 1) return conflict(others[0] as string);
        for (const other of others) w.block(`if (${present(other)})`, () => conflict(other));
      });
      w.elseBlock("", () => variant(key, `the variant with ${key}`));
    });
  });
  w.elseBlock("", () => fail(unionIssue({ problem: "missing", tag: null, allowed: keys })));
}
