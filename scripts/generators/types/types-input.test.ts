import { describe, expect, it } from "vitest";
import type { OpenApiDocument } from "../../model/document.js";
import { typesInput } from "./types-input.js";

const schema = {
  type: "object",
  example: { id: "kept" },
  properties: { example: { type: "string" }, content: { type: "string", example: "kept" } },
};
const media = (extra: Record<string, unknown> = {}) => ({ schema, ...extra });
const dropped = { example: { id: "dropped" }, examples: { a: { value: 1 } } };

const doc = (paths: Record<string, unknown>, components: Record<string, unknown> = {}) =>
  ({ openapi: "3.1.0", paths, components }) as OpenApiDocument;

describe("typesInput", () => {
  it.each([
    {
      where: "a response",
      given: doc({ "/a": { get: { responses: { 200: { content: { j: media(dropped) } } } } } }),
      want: doc({ "/a": { get: { responses: { 200: { content: { j: media() } } } } } }),
    },
    {
      where: "a request body",
      given: doc({ "/a": { post: { requestBody: { content: { j: media(dropped) } } } } }),
      want: doc({ "/a": { post: { requestBody: { content: { j: media() } } } } }),
    },
    {
      where: "a parameter, of the operation and of the path",
      given: doc({
        "/a": {
          parameters: [{ name: "p", content: { j: media(dropped) } }],
          get: { parameters: [{ name: "q", content: { j: media(dropped) } }] },
        },
      }),
      want: doc({
        "/a": {
          parameters: [{ name: "p", content: { j: media() } }],
          get: { parameters: [{ name: "q", content: { j: media() } }] },
        },
      }),
    },
    {
      where: "components' responses and request bodies",
      given: doc(
        {},
        {
          responses: { R: { content: { j: media(dropped) } } },
          requestBodies: { B: { content: { j: media(dropped) } } },
          schemas: { S: schema },
        },
      ),
      want: doc(
        {},
        {
          responses: { R: { content: { j: media() } } },
          requestBodies: { B: { content: { j: media() } } },
          schemas: { S: schema },
        },
      ),
    },
  ])("drops the examples of $where, keeping schemas whole", ({ given, want }) => {
    const before = structuredClone(given);
    expect(typesInput(given)).toEqual(want);
    expect(given).toEqual(before);
  });

  it("leaves out the extensions of the paths, which it would read as paths", () => {
    const item = { get: { responses: {} } };
    const given = doc({ "/a": item, "x-internal": { get: { $ref: "#/nowhere" } }, "x-order": [] });
    expect(typesInput(given)).toEqual(doc({ "/a": item }));
  });
});
