import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  extractReference,
  parseReferenceExtract,
  REFERENCE_EXTRACT,
  type ReferenceExtract,
  readReferenceExtract,
  serializeReferenceExtract,
} from "./reference-extract.js";

const document =
  "# Things ## Get a thing **get** `/accounts/{account_id}/things` Gets a thing. " +
  '### Query Parameters - `kind: optional "a" or "b"` The kind. - `"a"` - `"b"` ' +
  "### Returns - `result: { id, tags }` The thing. - `id: string` Its ID. - `tags: array of string` " +
  '### Example ```http curl x``` #### Response ```json { "result": { "tags": [], "id": "1" } } ```';

describe("extractReference", () => {
  const extract = extractReference(document, "000_test.txt");

  it("names the document and its hash", () => {
    const sha256 = createHash("sha256").update(document).digest("hex");
    expect(extract.source).toEqual({ file: "000_test.txt", sha256 });
  });

  it("keeps fields, types, optionality and examples, and leaves descriptions out", () => {
    expect(extract.operations).toEqual([
      {
        group: "Things",
        title: "Get a thing",
        method: "get",
        path: "/accounts/{account_id}/things",
        deprecated: false,
        pathParams: [],
        queryParams: [
          {
            name: "kind",
            optional: true,
            type: '"a" or "b"',
            children: [],
            variants: [],
            literals: ["a", "b"],
          },
        ],
        bodyParams: [],
        returns: [
          {
            name: "result",
            optional: false,
            type: "{ id, tags }",
            children: [
              {
                name: "id",
                optional: false,
                type: "string",
                children: [],
                variants: [],
                literals: [],
              },
              {
                name: "tags",
                optional: false,
                type: "array of string",
                children: [],
                variants: [],
                literals: [],
              },
            ],
            variants: [],
            literals: [],
          },
        ],
        exampleResponse: { result: { tags: [], id: "1" } },
      },
    ]);
  });
});

describe("serializeReferenceExtract", () => {
  const extract = extractReference(document, "000_test.txt");
  const text = serializeReferenceExtract(extract);

  it("sorts keys at every level, examples included, and leaves empty field lists out", () => {
    expect(text).toContain(
      '"exampleResponse": {\n        "result": {\n          "id": "1",\n          "tags": []',
    );
    expect(text).not.toContain('"children": []');
    expect(text).not.toContain('"variants": []');
    expect(text.endsWith("}\n")).toBe(true);
    const keys = Object.keys(JSON.parse(text).operations[0]);
    expect(keys).toEqual([...keys].sort());
  });

  it("writes the same bytes whatever order the keys arrive in", () => {
    const reversed = JSON.parse(JSON.stringify(extract), (_, v) =>
      v && typeof v === "object" && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).reverse())
        : v,
    ) as ReferenceExtract;
    expect(serializeReferenceExtract(reversed)).toBe(text);
  });

  it("reads back what it wrote", () => {
    expect(parseReferenceExtract(text)).toEqual(extract);
  });
});

describe("parseReferenceExtract", () => {
  it("refuses what is not an extract, saying what it expected", () => {
    expect(() => parseReferenceExtract('{ "operations": [] }')).toThrow(
      "not a reference extract: expected { source: { file, sha256 }, operations }",
    );
  });
});

describe("the committed extract", () => {
  const committed = readReferenceExtract();

  it("is written the way reference:extract writes it", () => {
    expect(readFileSync(REFERENCE_EXTRACT, "utf8")).toBe(serializeReferenceExtract(committed));
  });

  it("holds each operation once, each with its example response", () => {
    const keys = committed.operations.map((op) => `${op.method} ${op.path}`);
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
    expect(committed.operations.filter((op) => op.exampleResponse === undefined)).toEqual([]);
  });
});
