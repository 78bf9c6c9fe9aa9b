import { describe, expect, it } from "vitest";
import type { Exchange } from "./api-promise.js";
import { paginate } from "./pagination.js";

type Info = Record<string, unknown>;

function page(items: number[], info?: Info): Exchange<number[]> {
  return {
    data: items,
    envelope: { result: items, ...(info && { result_info: info }) },
    response: new Response(null),
  };
}

/** Walks a list served by `serve` and returns the items per page and the queries sent after the first. */
async function walk(
  kind: "page" | "cursor",
  params: Record<string, unknown>,
  first: Exchange<number[]>,
  serve: (q: { page?: number; cursor?: string }) => Exchange<number[]>,
) {
  const queries: unknown[] = [];
  const pages: number[][] = [];
  const fetchPage = async (q: { page?: number; cursor?: string }) => {
    queries.push(q);
    if (queries.length > 20) throw new Error("looping");
    return serve(q);
  };
  for await (const p of paginate(Promise.resolve(first), fetchPage, kind, params, 10_000))
    pages.push(p.items);
  return { pages, queries };
}

describe("paginate: page/per_page", () => {
  it("walks to the reported total_pages", async () => {
    const { pages, queries } = await walk(
      "page",
      { per_page: 2 },
      page([1, 2], { page: 1, total_pages: 3 }),
      (q) =>
        q.page === 2
          ? page([3, 4], { page: 2, total_pages: 3 })
          : page([5], { page: 3, total_pages: 3 }),
    );
    expect(pages).toEqual([[1, 2], [3, 4], [5]]);
    expect(queries).toEqual([{ page: 2 }, { page: 3 }]);
  });

  it("stops at the reported total_count", async () => {
    const { pages, queries } = await walk(
      "page",
      {},
      page([1, 2], { page: 1, per_page: 2, total_count: 4 }),
      () => page([3, 4], { page: 2, per_page: 2, total_count: 4 }),
    );
    expect(pages).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(queries).toEqual([{ page: 2 }]);
  });

  it("stops at an empty page when nothing gives a total, without yielding it", async () => {
    const { pages, queries } = await walk("page", {}, page([1]), (q) =>
      q.page === 2 ? page([2]) : page([]),
    );
    expect(pages).toEqual([[1], [2]]);
    expect(queries).toEqual([{ page: 2 }, { page: 3 }]);
  });

  it("yields nothing for an empty first page", async () => {
    const { pages, queries } = await walk("page", {}, page([], { total_count: 0 }), () =>
      page([9]),
    );
    expect(pages).toEqual([]);
    expect(queries).toEqual([]);
  });

  it("starts from the page asked for", async () => {
    const { queries } = await walk(
      "page",
      { page: 3 },
      page([5], { page: 3, total_pages: 4 }),
      () => page([7], { page: 4, total_pages: 4 }),
    );
    expect(queries).toEqual([{ page: 4 }]);
  });

  it("stops when the server answers another page than the one asked for", async () => {
    const { pages } = await walk("page", {}, page([1], { page: 1 }), () => page([2], { page: 1 }));
    expect(pages).toEqual([[1], [2]]);
  });

  it("stops at a page that repeats the one before, without yielding it again", async () => {
    const { pages } = await walk("page", {}, page([1]), () => page([1]));
    expect(pages).toEqual([[1]]);
  });
});

describe("paginate: cursor", () => {
  it("follows result_info.cursor until it is missing", async () => {
    const { pages, queries } = await walk(
      "cursor",
      { per_page: 2 },
      page([1, 2], { cursor: "c2" }),
      (q) => (q.cursor === "c2" ? page([3, 4], { cursor: "c3" }) : page([5], {})),
    );
    expect(pages).toEqual([[1, 2], [3, 4], [5]]);
    expect(queries).toEqual([{ cursor: "c2" }, { cursor: "c3" }]);
  });

  it("stops on an empty cursor", async () => {
    const { queries } = await walk("cursor", {}, page([1], { cursor: "" }), () => page([2]));
    expect(queries).toEqual([]);
  });

  it("never follows a cursor it has already seen", async () => {
    const { pages, queries } = await walk("cursor", {}, page([1], { cursor: "a" }), (q) =>
      q.cursor === "a" ? page([2], { cursor: "b" }) : page([3], { cursor: "a" }),
    );
    expect(pages).toEqual([[1], [2], [3]]);
    expect(queries).toEqual([{ cursor: "a" }, { cursor: "b" }]);
  });

  it("counts the starting cursor as seen", async () => {
    const { queries } = await walk(
      "cursor",
      { cursor: "start" },
      page([1], { cursor: "start" }),
      () => page([2]),
    );
    expect(queries).toEqual([]);
  });

  it("stops at an empty page and at the reported total_count", async () => {
    const empty = await walk("cursor", {}, page([1], { cursor: "n" }), () =>
      page([], { cursor: "m" }),
    );
    expect(empty.pages).toEqual([[1]]);
    expect(empty.queries).toEqual([{ cursor: "n" }]);
    const total = await walk("cursor", {}, page([1, 2], { cursor: "n", total_count: 2 }), () =>
      page([3]),
    );
    expect(total.queries).toEqual([]);
  });
});
