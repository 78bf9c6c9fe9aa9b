import { describe, expect, it } from "vitest";
import { parseApiReference } from "./api-reference.js";

const op = (body: string) =>
  `# Things ## Get a thing **get** \`/accounts/{account_id}/things\` Gets a thing. ${body}`;
const names = (fields: { name: string; children: unknown[] }[]): unknown =>
  fields.map((f) => (f.children.length ? [f.name, names(f.children as typeof fields)] : f.name));

describe("parseApiReference", () => {
  it.each([
    {
      given:
        "### Returns - `result: { id, name }` - `id: string` The ID. - `name: optional string` - `success: true` - `true`",
      want: [["result", ["id", "name"]], "success"],
    },
    {
      // A repeated object whose member the reference leaves out: `source` has no `pointer` the second time.
      given:
        "### Returns - `messages: array of ResponseInfo` - `code: number` - `message: string` - `documentation_url: optional string` - `source: optional { pointer }` - `result: unknown`",
      want: [["messages", ["code", "message", "documentation_url", "source"]], "result"],
    },
    {
      given:
        "### Returns - `result: { a, 2 more }` - `a: string` - `b: { c }` - `c: number` - `d: string` - `e: string`",
      want: [["result", ["a", ["b", ["c"]], "d"]], "e"],
    },
  ])("rebuilds nesting from the announced members: $want", ({ given, want }) => {
    const [parsed] = parseApiReference(op(given));
    expect(names(parsed?.returns ?? [])).toEqual(want);
  });

  it("reads enums, optionality, unions and examples", () => {
    const text = op(
      '### Body Parameters - `kind: "a" or "b" or 1 more` The kind. - `"a"` - `"b"` - `"c"` - `input: optional ThingInput` - `AInput { path }` - `path: string` - `BInput { id, exists }` - `id: string` - `exists: optional boolean` ### Example ```http curl x -d \'{ "kind": "a" }\' ``` #### Response ```json { "success": true } ```',
    );
    const [parsed] = parseApiReference(text);
    expect(parsed).toMatchObject({
      group: "Things",
      method: "get",
      path: "/accounts/{account_id}/things",
    });
    expect(parsed?.bodyParams[0]).toMatchObject({
      name: "kind",
      optional: false,
      literals: ["a", "b", "c"],
    });
    expect(
      parsed?.bodyParams[1]?.variants.map((v) => [
        v.name,
        v.children.map((c) => `${c.name}${c.optional ? "?" : ""}`),
      ]),
    ).toEqual([
      ["AInput", ["path"]],
      ["BInput", ["id", "exists?"]],
    ]);
    expect(parsed?.exampleRequest).toEqual({ kind: "a" });
    expect(parsed?.exampleResponse).toEqual({ success: true });
  });

  it("marks deprecated operations", () => {
    const [parsed] = parseApiReference(
      op("**Deprecated**: use the new endpoint. ### Returns - `success: boolean`"),
    );
    expect(parsed?.deprecated).toBe(true);
  });
});
