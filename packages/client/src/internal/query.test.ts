import { describe, expect, it } from "vitest";
import { toQueryString } from "./query.js";

describe("toQueryString", () => {
  const cases: { given: Record<string, unknown> | undefined; want: string }[] = [
    { given: undefined, want: "" },
    { given: {}, want: "" },
    { given: { per_page: 50, page: 2 }, want: "?per_page=50&page=2" },
    { given: { id: ["a", "b"] }, want: "?id=a&id=b" },
    { given: { id: [] }, want: "" },
    { given: { "last_seen_user.email": "a+b@x.io" }, want: "?last_seen_user.email=a%2Bb%40x.io" },
    { given: { search: "mac book/é & co" }, want: "?search=mac%20book%2F%C3%A9%20%26%20co" },
    { given: { active: true, archived: false }, want: "?active=true&archived=false" },
    { given: { account_id: "acc", zone_id: "zone", q: "x" }, want: "?q=x" },
    // Named as Object.prototype's members: parameters like any other, not scope.
    { given: { toString: "a", constructor: "b" }, want: "?toString=a&constructor=b" },
    { given: { a: undefined, b: null, c: "" }, want: "?c=" },
    { given: { id: ["a", null, "b"] }, want: "?id=a&id=b" },
    {
      given: { since: new Date("2025-01-02T03:04:05Z") },
      want: "?since=2025-01-02T03%3A04%3A05.000Z",
    },
  ];
  it.each(cases)("$given -> $want", ({ given, want }) => {
    expect(toQueryString(given)).toBe(want);
  });

  it("names the parameter when a value cannot be sent", () => {
    expect(() => toQueryString({ filter: { a: 1 } })).toThrow(
      'Query parameter "filter" must be a scalar or an array of scalars',
    );
    expect(() => toQueryString({ id: [["a"]] })).toThrow('Query parameter "id" must be');
  });
});
