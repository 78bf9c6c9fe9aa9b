import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { readBundledSpec } from "../../generate/read-bundled-spec.js";
import { isObject, type OpenApiDocument } from "../../model/document.js";
import { readModel } from "../../model/read-model.js";
import { transformExample } from "./routes.js";
import { createSynthesizer } from "./synthesize-example.js";

// The examples table is typed as each answer without TypeScript proving it (`exampleTable`, in
// packages/mocks/src/_example-table.ts): here every example, documented or built, is held to its
// answer's JSON schema instead, which says more than openapi-typescript's types can. Formats are
// not held: a built example takes a scalar's own `example` as the spec writes it, and specs write
// ids that are not the uuids their format says (decisions/mock-examples.md).

const repo = join(import.meta.dirname, "../../..");

/** The operations whose example does not match its success answer's schema, with Ajv's errors. */
function mismatches(spec: OpenApiDocument): Record<string, string> {
  const model = readModel(spec);
  const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: false });
  const synthesize = createSynthesizer(model.document);
  const found: Record<string, string> = {};
  for (const op of model.operations) {
    const example = transformExample(op, model.document, synthesize);
    if (example === undefined || !isObject(op.ok) || op.ok.schema === undefined) continue;
    // The schema beside the document's components, so that its `#/components/...` resolve.
    const { components } = model.document as { components?: unknown };
    const validate = ajv.compile({ components, allOf: [op.ok.schema] });
    if (!validate(example)) found[op.id] = ajv.errorsText(validate.errors);
  }
  return found;
}

const fixture = (path: string) => parse(readFileSync(join(repo, path), "utf8")) as OpenApiDocument;

describe("the mocks' examples", () => {
  it("of our spec each match their answer's schema", () => {
    expect(mismatches(readBundledSpec<OpenApiDocument>())).toEqual({});
  });

  it.each([
    "spec/fixtures/foreign/openapi-3.0.yaml",
    "spec/fixtures/foreign/mock-examples.yaml",
    "spec/fixtures/foreign/object-unions.yaml",
  ])("of %s each match their answer's schema", (path) => {
    expect(mismatches(fixture(path))).toEqual({});
  });

  it("are told apart from a documented example that does not match", () => {
    const spec = fixture("spec/fixtures/foreign/object-unions.yaml");
    type Item = { post: { responses: Record<string, { content: Record<string, object> }> } };
    const item = spec.paths["/accounts/{account_id}/rules"] as Item;
    const json = item.post.responses["201"]?.content["application/json"] as { example?: unknown };
    json.example = { kind: "udp", name: "a rule of no kind the spec has" };
    expect(Object.keys(mismatches(spec))).toEqual(["rulesCreate"]);
  });
});
