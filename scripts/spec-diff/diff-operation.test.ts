import { describe, expect, it } from "vitest";
import type { ChangeClass, ChangeKind } from "./change.js";
import { diffSpecs } from "./diff-specs.js";

const str = { type: "string" };
const ok = { "200": { description: "OK.", content: { "application/json": { schema: str } } } };

/** A spec with the given operations under /things/{id}, and a path-level `id` parameter. */
function doc(
  operations: Record<string, unknown>,
  path = "/things/{id}",
  schemas: Record<string, unknown> = {},
) {
  const id = {
    name: path.includes("{thing_id}") ? "thing_id" : "id",
    in: "path",
    required: true,
    schema: str,
  };
  return {
    openapi: "3.1.0",
    info: { title: "Things", version: "1.0.0" },
    paths: { [path]: { parameters: [id], ...operations } },
    components: { schemas },
  };
}
const get = (extra: Record<string, unknown> = {}) => ({
  get: { operationId: "getThing", responses: ok, ...extra },
});
const query = (name: string, required = false) => ({ name, in: "query", required, schema: str });
const body = (required: boolean, types = ["application/json"]) => ({
  required,
  content: Object.fromEntries(types.map((t) => [t, { schema: str }])),
});

const cases: {
  name: string;
  before: unknown;
  after: unknown;
  want: [ChangeClass, ChangeKind][];
}[] = [
  {
    name: "operation added",
    before: doc(get()),
    after: doc({ ...get(), delete: { operationId: "deleteThing", responses: ok } }),
    want: [["minor", "operation-added"]],
  },
  {
    name: "operation removed",
    before: doc({ ...get(), delete: { operationId: "deleteThing", responses: ok } }),
    after: doc(get()),
    want: [["breaking", "operation-removed"]],
  },
  {
    name: "operationId renamed",
    before: doc(get()),
    after: doc({ get: { operationId: "fetchThing", responses: ok } }),
    want: [["breaking", "operation-id-renamed"]],
  },
  {
    name: "operation deprecated",
    before: doc(get()),
    after: doc(get({ deprecated: true })),
    want: [["minor", "deprecated"]],
  },
  {
    name: "summary changed",
    before: doc(get({ summary: "Get" })),
    after: doc(get({ summary: "Fetch" })),
    want: [["patch", "description-changed"]],
  },
  {
    name: "optional parameter added",
    before: doc(get()),
    after: doc(get({ parameters: [query("q")] })),
    want: [["minor", "parameter-added"]],
  },
  {
    name: "required parameter added",
    before: doc(get()),
    after: doc(get({ parameters: [query("q", true)] })),
    want: [["breaking", "parameter-added"]],
  },
  {
    name: "parameter removed",
    before: doc(get({ parameters: [query("q")] })),
    after: doc(get()),
    want: [["breaking", "parameter-removed"]],
  },
  {
    name: "parameter became required",
    before: doc(get({ parameters: [query("q")] })),
    after: doc(get({ parameters: [query("q", true)] })),
    want: [["breaking", "parameter-required"]],
  },
  {
    name: "parameter became optional",
    before: doc(get({ parameters: [query("q", true)] })),
    after: doc(get({ parameters: [query("q")] })),
    want: [["minor", "parameter-optional"]],
  },
  {
    name: "header parameter renamed only in case",
    before: doc(get({ parameters: [{ name: "X-Trace", in: "header", schema: str }] })),
    after: doc(get({ parameters: [{ name: "x-trace", in: "header", schema: str }] })),
    want: [],
  },
  {
    name: "path parameter renamed: same route, new parameter name",
    before: doc(get()),
    after: doc(get(), "/things/{thing_id}"),
    want: [
      ["breaking", "parameter-removed"],
      ["breaking", "parameter-added"],
    ],
  },
  {
    name: "path-level parameter moved onto the operation",
    before: doc(get()),
    after: {
      ...doc({}),
      paths: {
        "/things/{id}": {
          get: {
            operationId: "getThing",
            parameters: [{ name: "id", in: "path", required: true, schema: str }],
            responses: ok,
          },
        },
      },
    },
    want: [],
  },
  {
    name: "optional request body added",
    before: doc({ post: { operationId: "t", responses: ok } }),
    after: doc({ post: { operationId: "t", requestBody: body(false), responses: ok } }),
    want: [["minor", "request-body-added"]],
  },
  {
    name: "required request body added",
    before: doc({ post: { operationId: "t", responses: ok } }),
    after: doc({ post: { operationId: "t", requestBody: body(true), responses: ok } }),
    want: [["breaking", "request-body-added"]],
  },
  {
    name: "request body removed",
    before: doc({ post: { operationId: "t", requestBody: body(false), responses: ok } }),
    after: doc({ post: { operationId: "t", responses: ok } }),
    want: [["breaking", "request-body-removed"]],
  },
  {
    name: "request body became required",
    before: doc({ post: { operationId: "t", requestBody: body(false), responses: ok } }),
    after: doc({ post: { operationId: "t", requestBody: body(true), responses: ok } }),
    want: [["breaking", "request-body-required"]],
  },
  {
    name: "request media type removed",
    before: doc({
      post: {
        operationId: "t",
        requestBody: body(true, ["application/json", "text/plain"]),
        responses: ok,
      },
    }),
    after: doc({ post: { operationId: "t", requestBody: body(true), responses: ok } }),
    want: [["breaking", "media-type-removed"]],
  },
  {
    name: "request media type added",
    before: doc({ post: { operationId: "t", requestBody: body(true), responses: ok } }),
    after: doc({
      post: {
        operationId: "t",
        requestBody: body(true, ["application/json", "text/plain"]),
        responses: ok,
      },
    }),
    want: [["minor", "media-type-added"]],
  },
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

describe("diffSpecs on operations", () => {
  it.each(cases)("$name", ({ before, after, want }) => {
    expect(diffSpecs(before, after).map((c) => [c.class, c.kind])).toEqual(want);
  });

  it("names the operation and its route in operation-level messages", () => {
    const changes = diffSpecs(
      doc(get()),
      doc({ get: { operationId: "fetchThing", responses: ok } }),
    );
    expect(changes).toEqual([
      {
        class: "breaking",
        kind: "operation-id-renamed",
        pointer: "/paths/~1things~1{id}/get/operationId",
        message: "operationId of GET /things/{id} renamed from getThing to fetchThing",
      },
    ]);
  });

  it("reports a change to the document's security once, at /security", () => {
    const before = {
      ...doc({ ...get(), delete: { operationId: "deleteThing", responses: ok } }),
      security: [{ token: [] }, { key: [] }],
    };
    const after = { ...before, security: [{ token: [] }] };
    expect(diffSpecs(before, after)).toEqual([
      {
        class: "breaking",
        kind: "security-removed",
        pointer: "/security/1",
        message: "authentication with key no longer accepted by the default security",
      },
    ]);
  });

  it("lists changes by class, then by pointer with numbers in numeric order", () => {
    const variants = (n: number) => ({
      oneOf: Array.from({ length: n }, (_, i) => ({
        title: `V${i}`,
        type: "string",
        const: `v${i}`,
      })),
    });
    const withBody = (schema: unknown) =>
      doc({
        post: {
          operationId: "t",
          requestBody: { content: { "application/json": { schema } } },
          responses: ok,
        },
      });
    const changes = diffSpecs(withBody(variants(1)), withBody(variants(11)));
    expect(changes.map((c) => c.pointer.split("/").at(-1))).toEqual([
      "1",
      "2",
      "3",
      "4",
      "5",
      "6",
      "7",
      "8",
      "9",
      "10",
    ]);
  });

  it("returns nothing for documents that are not objects", () => {
    expect(diffSpecs(null, "spec")).toEqual([]);
  });
});
