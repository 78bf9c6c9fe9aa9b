import { describe, expect, it } from "vitest";
import { validateRequest } from "../src/validate-request.js";
import { validateResponse } from "../src/validate-response.js";
import { mutations } from "./_mutations.js";
import { examples, statusOf } from "./_spec.js";

const KINDS = [
  "wrong type",
  "missing required field",
  "unknown enum value",
  "over maxLength",
  "bad format",
  "extra item in a closed union",
];

const cases = examples().flatMap((example) =>
  mutations(example.value, example.schema).map((mutation) => ({ ...example, mutation })),
);

async function check(c: (typeof cases)[number]) {
  const value = c.mutation.apply(c.value);
  if (c.where !== "request")
    return {
      pointer: c.mutation.pointer,
      result: await validateResponse(c.operationId as never, statusOf(c.where), value),
    };
  const params = Object.fromEntries(c.pathParams.map((name) => [name, "acc"]));
  return {
    pointer: `/body${c.mutation.pointer}`,
    result: await validateRequest(c.operationId as never, { params, body: value }),
  };
}

describe("mutations of the spec's examples", () => {
  it.each(KINDS)("include %s", (kind) => {
    expect(cases.filter((c) => c.mutation.kind === kind).length).toBeGreaterThan(0);
  });

  it("fail with the pointer and keyword of the mutation", async () => {
    const misses: string[] = [];
    for (const c of cases) {
      const { pointer, result } = await check(c);
      const found = result.issues?.some(
        (i) => i.pointer === pointer && i.keyword === c.mutation.keyword,
      );
      if (!found) {
        misses.push(
          `${c.operationId} ${c.where} ${c.mutation.kind} at ${pointer}: ${JSON.stringify(result.issues?.map((i) => [i.pointer, i.keyword]))}`,
        );
      }
    }
    expect(misses).toEqual([]);
    expect(cases.length).toBeGreaterThan(1000);
  }, 60_000);
});
