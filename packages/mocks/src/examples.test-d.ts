import type { ListPostureRulesResponse } from "@zt-devices/types";
import { describe, expectTypeOf, it } from "vitest";
import { exampleTable } from "./_example-table.js";
import { examples } from "./examples.gen.js";

type Op = { responses: { 200: { content: { "application/json": { id: string } } } } };

describe("the example table's types", () => {
  it("give each example its operation's success answer", () => {
    expectTypeOf(examples.listPostureRules).toEqualTypeOf<ListPostureRulesResponse>();
  });

  it("take JSON, one example for every operation", () => {
    expectTypeOf(exampleTable<{ a: Op }>({ a: { id: "a" } }).a).toEqualTypeOf<{ id: string }>();
    // @ts-expect-error: the example of `b` is missing
    exampleTable<{ a: Op; b: Op }>({ a: { id: "a" } });
    // @ts-expect-error: a function is not JSON
    exampleTable<{ a: Op }>({ a: () => "a" });
  });
});
