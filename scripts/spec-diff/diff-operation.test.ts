import { describe, expect, it } from "vitest";
import type { ChangeClass, ChangeKind } from "./change.js";
import { diffSpecs } from "./diff-specs.js";
import { body, doc, get, ok, query, str } from "./test-spec.js";

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
