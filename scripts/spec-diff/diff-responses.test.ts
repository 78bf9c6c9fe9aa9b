import { describe, expect, it } from "vitest";
import type { ChangeClass, ChangeKind } from "./change.js";
import { diffSpecs } from "./diff-specs.js";
import { doc, get, ok, str } from "./test-spec.js";

const cases: {
  name: string;
  before: unknown;
  after: unknown;
  want: [ChangeClass, ChangeKind][];
}[] = [
  {
    name: "response added",
    before: doc(get()),
    after: doc(get({ responses: { ...ok, "404": { description: "Missing." } } })),
    want: [["minor", "response-added"]],
  },
  {
    name: "response removed",
    before: doc(get({ responses: { ...ok, "404": { description: "Missing." } } })),
    after: doc(get()),
    want: [["breaking", "response-removed"]],
  },
  {
    name: "response header removed",
    before: doc(
      get({
        responses: {
          "200": { description: "OK.", headers: { "X-Count": { schema: { type: "integer" } } } },
        },
      }),
    ),
    after: doc(get({ responses: { "200": { description: "OK." } } })),
    want: [["breaking", "header-removed"]],
  },
  {
    name: "response header added, and its name's case ignored",
    before: doc(
      get({
        responses: { "200": { description: "OK.", headers: { "X-Count": { schema: str } } } },
      }),
    ),
    after: doc(
      get({
        responses: {
          "200": {
            description: "OK.",
            headers: { "x-count": { schema: str }, "X-Next": { schema: str } },
          },
        },
      }),
    ),
    want: [["minor", "header-added"]],
  },
  {
    name: "response header widened",
    before: doc(
      get({
        responses: {
          "200": { description: "OK.", headers: { "X-Count": { schema: { type: "integer" } } } },
        },
      }),
    ),
    after: doc(
      get({
        responses: {
          "200": {
            description: "OK.",
            headers: { "X-Count": { schema: { type: ["integer", "null"] } } },
          },
        },
      }),
    ),
    want: [["breaking", "type-widened"]],
  },
  {
    name: "authentication now required",
    before: doc(get()),
    after: doc(get({ security: [{ token: [] }] })),
    want: [
      ["breaking", "security-removed"],
      ["minor", "security-added"],
    ],
  },
  {
    name: "second way to authenticate added",
    before: doc(get({ security: [{ token: [] }] })),
    after: doc(get({ security: [{ token: [] }, { email: [], key: [] }] })),
    want: [["minor", "security-added"]],
  },
  {
    name: "way to authenticate removed",
    before: doc(get({ security: [{ token: [] }, { key: [], email: [] }] })),
    after: doc(get({ security: [{ token: [] }] })),
    want: [["breaking", "security-removed"]],
  },
  {
    name: "security moved from the document onto the operation",
    before: { ...doc(get()), security: [{ token: [] }] },
    after: doc(get({ security: [{ token: [] }] })),
    want: [],
  },
  {
    name: "description beside a $ref changed",
    before: doc(
      get({
        parameters: [
          {
            name: "q",
            in: "query",
            schema: { $ref: "#/components/schemas/Q", description: "Old." },
          },
        ],
      }),
      undefined,
      { Q: str },
    ),
    after: doc(
      get({
        parameters: [
          {
            name: "q",
            in: "query",
            schema: { $ref: "#/components/schemas/Q", description: "New." },
          },
        ],
      }),
      undefined,
      { Q: str },
    ),
    want: [["patch", "description-changed"]],
  },
  {
    name: "unused schema added",
    before: doc(get()),
    after: doc(get(), undefined, { Extra: str }),
    want: [["minor", "schema-added"]],
  },
  {
    name: "unused schema removed",
    before: doc(get(), undefined, { Extra: str }),
    after: doc(get()),
    want: [["breaking", "schema-removed"]],
  },
  {
    name: "unused schema judged on both sides",
    before: doc(get(), undefined, { Extra: { type: "object", properties: { a: str } } }),
    after: doc(get(), undefined, {
      Extra: { type: "object", required: ["a"], properties: { a: str } },
    }),
    want: [["breaking", "property-required"]],
  },
  {
    name: "API description changed",
    before: { ...doc(get()), info: { title: "Things", version: "1", description: "A." } },
    after: { ...doc(get()), info: { title: "Things", version: "2", description: "B." } },
    want: [["patch", "description-changed"]],
  },
];

describe("diffSpecs on responses", () => {
  it.each(cases)("$name", ({ before, after, want }) => {
    expect(diffSpecs(before, after).map((c) => [c.class, c.kind])).toEqual(want);
  });
});
