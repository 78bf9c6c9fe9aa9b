import { describe, expect, it } from "vitest";
import { ApiFailure } from "./_failure.js";
import { cursorPageOf, pageOf, wholeList } from "./_paginate.js";

const items = Array.from({ length: 25 }, (_, i) => i);

describe("pageOf", () => {
  it.each([
    {
      query: {},
      result: items.slice(0, 20),
      info: { count: 20, page: 1, per_page: 20, total_count: 25 },
    },
    {
      query: { page: 2 },
      result: items.slice(20),
      info: { count: 5, page: 2, per_page: 20, total_count: 25 },
    },
    {
      query: { per_page: 10, page: 3 },
      result: items.slice(20),
      info: { count: 5, page: 3, per_page: 10, total_count: 25 },
    },
    { query: { page: 9 }, result: [], info: { count: 0, page: 9, per_page: 20, total_count: 25 } },
  ])("$query", ({ query, result, info }) => {
    expect(pageOf(items, query)).toEqual({ result, resultInfo: info });
  });

  it("adds total_pages when asked", () => {
    expect(pageOf(items, { per_page: 10 }, { withTotalPages: true }).resultInfo.total_pages).toBe(
      3,
    );
  });

  it.each([{ per_page: 0 }, { page: 0 }, { per_page: 1.5 }, { page: -1 }])(
    "refuses %o with a 400 naming the parameter",
    (query) => {
      const name = Object.keys(query)[0];
      expect(() => pageOf(items, query)).toThrow(`/query/${name} must be a whole number >= 1`);
      expect(() => pageOf(items, query)).toThrow(ApiFailure);
    },
  );
});

describe("cursorPageOf", () => {
  it("walks every item once and ends with an empty cursor", () => {
    const seen: number[] = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < 10; pages++) {
      const page = cursorPageOf(
        items,
        cursor === undefined ? { per_page: 10 } : { per_page: 10, cursor },
      );
      seen.push(...page.result);
      expect(page.resultInfo).toMatchObject({
        count: page.result.length,
        per_page: 10,
        total_count: null,
      });
      cursor = page.resultInfo.cursor as string;
      if (cursor === "") break;
    }
    expect(seen).toEqual(items);
  });

  it.each(["nonsense", "YWJj", "%%%"])("refuses the foreign cursor %s", (cursor) => {
    expect(() => cursorPageOf(items, { cursor })).toThrow(
      "/query/cursor is not a cursor this API gave out",
    );
  });
});

describe("wholeList", () => {
  it("reports the whole list as one page", () => {
    expect(wholeList([1, 2])).toEqual({
      result: [1, 2],
      resultInfo: { count: 2, page: 1, per_page: 20, total_count: 2 },
    });
  });
});
