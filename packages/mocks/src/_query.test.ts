import type { Coercion } from "@zt-devices/validators/coerce";
import { describe, expect, it } from "vitest";
import { readQuery } from "./_query.js";

// As routes.gen.ts words them: the validators' coercions (`Coercion`), nothing to translate.
const declared = {
  per_page: "integer",
  id: "array:string",
  score: "array:number",
  targeted: "boolean",
  "last_seen_user.email": "string",
} as const satisfies Coercion;

describe("readQuery", () => {
  it.each([
    { given: "per_page=50", want: { per_page: 50 } },
    { given: "per_page=abc", want: { per_page: "abc" } },
    { given: "per_page=", want: { per_page: "" } },
    { given: "id=a&id=b", want: { id: ["a", "b"] } },
    { given: "id=a", want: { id: ["a"] } },
    { given: "score=1&score=x", want: { score: [1, "x"] } },
    { given: "targeted=true", want: { targeted: true } },
    { given: "targeted=yes", want: { targeted: "yes" } },
    { given: "last_seen_user.email=a%40b.c", want: { "last_seen_user.email": "a@b.c" } },
    { given: "per_page=0x10", want: { per_page: "0x10" } },
    { given: "per_page=%2016", want: { per_page: " 16" } },
    { given: "per_page=1&per_page=2", want: { per_page: ["1", "2"] } },
    { given: "unknown=1&per_page=3", want: { per_page: 3 } },
    { given: "toString=1&per_page=3", want: { per_page: 3 } },
  ])("$given", ({ given, want }) => {
    expect(readQuery(new URLSearchParams(given), declared)).toEqual(want);
  });

  it("ignores every name of an operation that declares none", () => {
    expect(readQuery(new URLSearchParams("page=2"), undefined)).toEqual({});
  });
});
