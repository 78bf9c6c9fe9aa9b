import type { FunctionWriter } from "./emit.js";
import { alwaysValid, type Place, slot, textCode, typesTest } from "./emit-code.js";
import { step } from "./emit-where.js";
import { repeatedItems } from "./messages.js";
import { isObject } from "./openapi.js";

/**
 * The array keywords that look at items: `prefixItems`, `items`, `contains`, `uniqueItems`.
 * Each writes its part of a check function through the writer, in Ajv's order and error shape.
 */

// As Ajv: from the last item back, reporting the first repeat found as `{ i, j }`.
export function uniqueItemsKeyword(
  w: FunctionWriter,
  schema: Record<string, unknown>,
  place: Place,
): void {
  if (typeof schema.uniqueItems !== "boolean") {
    throw w.problem(w.at(place, "uniqueItems"), "must be a boolean");
  }
  if (!schema.uniqueItems) return;
  const d = place.data;
  const [i, j] = [w.name("i"), w.name("j")];
  const items = isObject(schema.items) ? schema.items : undefined;
  const itemTypes = items?.type === undefined ? [] : [items.type].flat().map(String);
  const scalar = itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
  const found = () => {
    // The lower index first: `i` counts down, and the scalar branch's `j` is an item after it.
    const text = scalar ? repeatedItems(slot(i), slot(j)) : repeatedItems(slot(j), slot(i));
    w.failWith(place, "uniqueItems", textCode(text));
    if (place.mode !== "check") w.line(scalar ? "break;" : `break ${label};`);
  };
  const label = w.name("outer");
  w.line(`let ${i} = ${d}.length;`);
  w.line(`let ${j}: number;`);
  w.block(`if (${i} > 1)`, () => {
    if (scalar) {
      const seen = w.name("seen");
      const item = w.name("item");
      w.line(`const ${seen} = new Map<unknown, number>();`);
      w.block(`for (; ${i}--; )`, () => {
        w.line(`const ${item} = ${d}[${i}];`);
        w.line(`if (!(${typesTest(itemTypes, item)})) continue;`);
        w.block(`if (${seen}.has(${item}))`, () => {
          w.line(`${j} = ${seen}.get(${item}) as number;`);
          found();
        });
        w.line(`${seen}.set(${item}, ${i});`);
      });
    } else {
      const equal = w.helper("equal", "_equal");
      w.block(`${label}: for (; ${i}--; )`, () =>
        w.block(`for (${j} = ${i}; ${j}--; )`, () =>
          w.block(`if (${equal}(${d}[${i}], ${d}[${j}]))`, found),
        ),
      );
    }
  });
}

// The items after the `prefixItems` (all of them without): `false` allows none.
export function itemsKeyword(w: FunctionWriter, items: unknown, after: number, place: Place): void {
  if (Array.isArray(items)) {
    throw w.unsupported(place, "is a list of schemas (a tuple: use prefixItems)");
  }
  if (alwaysValid(items)) return;
  if (items === false && after > 0) {
    w.block(`if (${place.data}.length > ${after})`, () => w.fail(place, "items", { limit: after }));
    return;
  }
  w.eachItem(place, after, (item) => w.schema(items, item));
}

export function prefixItemsKeyword(
  w: FunctionWriter,
  schema: Record<string, unknown>,
  place: Place,
): unknown[] {
  const at = w.at(place, "prefixItems");
  const list = w.schemaList(schema.prefixItems, at);
  list.forEach((sub, i) => {
    if (alwaysValid(sub)) return;
    const item = w.name("d");
    w.block(`if (${place.data}.length > ${i})`, () => {
      w.line(`const ${item} = ${place.data}[${i}];`);
      w.schema(sub, step(w.at(at, String(i)), item, { index: String(i) }));
    });
  });
  return list;
}

// As Ajv: items are tried in order, counted while they match, until the count settles it.
export function containsKeyword(
  w: FunctionWriter,
  schema: Record<string, unknown>,
  place: Place,
): void {
  const at = w.at(place, "contains");
  const min = schema.minContains === undefined ? 1 : w.count(schema, "minContains", place);
  const max = schema.maxContains === undefined ? undefined : w.count(schema, "maxContains", place);
  if (min === 0 && max === undefined) return;
  const params = { minContains: min };
  const d = place.data;
  if (alwaysValid(schema.contains)) {
    const fails = `${d}.length < ${min}${max === undefined ? "" : ` || ${d}.length > ${max}`}`;
    w.block(`if (${fails})`, () => w.fail(place, "contains", params));
    return;
  }
  const [valid, count] = [w.name("v"), w.name("n")];
  const start = w.errorCount(place);
  w.line(`let ${valid} = ${min === 0};`);
  w.line(`let ${count} = 0;`);
  const loop = () =>
    w.eachItem(place, 0, (item) => {
      const matched = w.matches(schema.contains, { ...item, pointer: at.pointer });
      w.block(`if (${matched})`, () => {
        w.line(`${count}++;`);
        if (max === undefined) {
          w.block(`if (${count} >= ${min})`, () => {
            w.line(`${valid} = true;`);
            w.line("break;");
          });
          return;
        }
        w.block(`if (${count} > ${max})`, () => {
          w.line(`${valid} = false;`);
          w.line("break;");
        });
        w.line(min <= 1 ? `${valid} = true;` : `if (${count} >= ${min}) ${valid} = true;`);
      });
    });
  if (min === 0) w.block(`if (${d}.length > 0)`, loop);
  else loop();
  w.settle(valid, start, place, "contains", params);
}
