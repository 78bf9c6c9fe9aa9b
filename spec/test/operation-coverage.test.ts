import { describe, expect, it } from "vitest";
import {
  describeBeyond,
  operationCoverage,
  sourceOf,
  specOperationEntries,
} from "./_operation-coverage.js";

const documented = [
  { method: "get", path: "/accounts/{account_id}/things" },
  { method: "post", path: "/accounts/{account_id}/things" },
];
const listThings = { operationId: "listThings" };
const createThing = { operationId: "createThing" };
const spec = (extra: Record<string, Record<string, unknown>> = {}) =>
  specOperationEntries({
    paths: { "/accounts/{account_id}/things": { get: listThings, post: createThing }, ...extra },
  });

describe("operationCoverage", () => {
  it.each([
    {
      name: "every documented operation and nothing else",
      given: spec(),
      want: { missing: [], unsourced: [], beyond: [], covered: 2 },
    },
    {
      name: "a documented operation missing",
      given: specOperationEntries({
        paths: { "/accounts/{account_id}/things": { get: listThings } },
      }),
      want: {
        missing: ["POST /accounts/{account_id}/things"],
        unsourced: [],
        beyond: [],
        covered: 1,
      },
    },
    {
      name: "an operation beyond the reference naming its source",
      given: spec({
        "/accounts/{account_id}/things/{id}": {
          parameters: [],
          patch: { operationId: "editThing", "x-source": "cloudflare@7.3.0 things.d.ts" },
        },
      }),
      want: {
        missing: [],
        unsourced: [],
        beyond: [
          {
            key: "PATCH /accounts/{account_id}/things/{id}",
            operationId: "editThing",
            source: "cloudflare@7.3.0 things.d.ts",
          },
        ],
        covered: 2,
      },
    },
    {
      name: "an operation beyond the reference naming no source",
      given: spec({ "/accounts/{account_id}/others": { delete: { operationId: "deleteOther" } } }),
      want: {
        missing: [],
        unsourced: ["DELETE /accounts/{account_id}/others (deleteOther)"],
        beyond: [],
        covered: 2,
      },
    },
    {
      name: "an operation beyond the reference with an empty source",
      given: spec({
        "/accounts/{account_id}/others": { get: { operationId: "x", "x-source": " " } },
      }),
      want: {
        missing: [],
        unsourced: ["GET /accounts/{account_id}/others (x)"],
        beyond: [],
        covered: 2,
      },
    },
  ])("$name", ({ given, want }) => {
    expect(operationCoverage(documented, given)).toEqual(want);
  });

  it("keys path-level fields apart from operations", () => {
    const entries = specOperationEntries({
      paths: { "/x": { parameters: [], summary: "s", get: { operationId: "getX" } } },
    });
    expect(entries).toEqual([{ key: "GET /x", operationId: "getX" }]);
  });
});

describe("sourceOf", () => {
  it.each([
    { given: "cloudflare@7.3.0", want: "cloudflare@7.3.0" },
    { given: "  cloudflare@7.3.0 ", want: "cloudflare@7.3.0" },
    { given: "", want: undefined },
    { given: undefined, want: undefined },
    { given: 7, want: undefined },
    { given: ["cloudflare"], want: undefined },
    { given: {}, want: undefined },
    { given: { package: "cloudflare", version: "" }, want: undefined },
    {
      given: { package: "cloudflare", version: "7.3.0" },
      want: "package: cloudflare, version: 7.3.0",
    },
  ])("$given names $want", ({ given, want }) => {
    expect(sourceOf({ "x-source": given })).toBe(want);
  });
});

describe("describeBeyond", () => {
  it.each([
    { given: [], want: "nothing else" },
    {
      given: [
        { key: "GET /a", operationId: "listA", source: "SDK 7.3.0" },
        { key: "GET /b", operationId: "getB", source: "changelog" },
        { key: "POST /a", operationId: "createA", source: "SDK 7.3.0" },
      ],
      want: "3 beyond the reference: listA, createA from SDK 7.3.0; getB from changelog",
    },
  ])("$want", ({ given, want }) => {
    expect(describeBeyond(given)).toBe(want);
  });
});
