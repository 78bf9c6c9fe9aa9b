import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  type ReferenceField,
  type ReferenceOperation,
  readReferenceExtract,
} from "../scripts/reference-extract.js";
import { createSpecAjv } from "./_ajv.js";
import {
  describeBeyond,
  operationCoverage,
  operationKey,
  specOperationEntries,
} from "./_operation-coverage.js";
import { countFields, countKeys, flattenQuery } from "./_reference-fields.js";
import {
  branchesOf,
  declaredProperties,
  isOpenMap,
  itemSchemas,
  resolve,
  type Schema,
} from "./_schema-walk.js";

// The reference as committed in spec/reference/ (`pnpm reference:extract` refreshes it; the drift test
// compares it with the document when that is at hand), so this test reads nothing outside the repository.
const reference = readReferenceExtract().operations;
const doc = JSON.parse(readFileSync(join(import.meta.dirname, "../dist/openapi.json"), "utf8"));
const compile = createSpecAjv(doc);

/**
 * Where the spec knowingly differs from the docs' field list, and why. Each entry is
 * `operationId:pointer` of the field.
 */
const REQUIRED_THOUGH_DOCUMENTED_OPTIONAL: Record<string, string> = {
  // A rule's type decides the shape of its input (the PostureCheck union). Create and update require
  // it, so every stored rule has one, and the API returns it on every rule.
  "listPostureRules:/result/type": "the PostureCheck union needs its discriminator",
  "getPostureRule:/result/type": "the PostureCheck union needs its discriminator",
  "createPostureRule:/result/type": "the PostureCheck union needs its discriminator",
  "updatePostureRule:/result/type": "the PostureCheck union needs its discriminator",
  // Every answer carries its record's id; the spec says so, the docs call it optional.
  ...Object.fromEntries(
    [
      "createDeviceNetwork:/result/network_id",
      "createDeviceSettingsPolicy:/result/policy_id",
      "createDexTest:/result/test_id",
      "createPostureIntegration:/result/id",
      "createPostureRule:/result/id",
      "deleteDeviceNetwork:/result/network_id",
      "deleteDeviceSettingsPolicy:/result/policy_id",
      "deleteDexTest:/result/dex_tests/test_id",
      "deleteIpProfile:/result/id",
      "deletePostureRule:/result/id",
      "getDeviceNetwork:/result/network_id",
      "getDeviceSettingsPolicy:/result/policy_id",
      "getDexTest:/result/test_id",
      "getPostureIntegration:/result/id",
      "getPostureRule:/result/id",
      "listDeviceNetworks:/result/network_id",
      "listDeviceSettingsPolicies:/result/policy_id",
      "listDevices:/result/id",
      "listDexTests:/result/test_id",
      "listPostureIntegrations:/result/id",
      "listPostureRules:/result/id",
      "updateDeviceNetwork:/result/network_id",
      "updateDeviceSettingsPolicy:/result/policy_id",
      "updateDexTest:/result/test_id",
      "updatePostureIntegration:/result/id",
      "updatePostureRule:/result/id",
    ].map((at) => [at, "every answer carries its id"]),
  ),
  // The API now checks Kolide's auth_state and keeps the issue count only for older rules (the SDK's
  // KolideInput): the two fields the docs require are optional.
  ...Object.fromEntries(
    [
      "createPostureRule:/result/input(KolideInput)/countOperator",
      "createPostureRule:/result/input(KolideInput)/issue_count",
      "createPostureRule:body/input(KolideInput)/countOperator",
      "createPostureRule:body/input(KolideInput)/issue_count",
      "getPostureRule:/result/input(KolideInput)/countOperator",
      "getPostureRule:/result/input(KolideInput)/issue_count",
      "listPostureRules:/result/input(KolideInput)/countOperator",
      "listPostureRules:/result/input(KolideInput)/issue_count",
      "updatePostureRule:/result/input(KolideInput)/countOperator",
      "updatePostureRule:/result/input(KolideInput)/issue_count",
      "updatePostureRule:body/input(KolideInput)/countOperator",
      "updatePostureRule:body/input(KolideInput)/issue_count",
    ].map((at) => [at, "optional in the API (decisions/spec-follows-the-api.md)"]),
  ),
};

interface SpecOperation {
  operationId: string;
  parameters?: { name: string; in: string; required?: boolean; schema: Schema }[];
  requestBody?: { content: { "application/json": { schema: Schema } } };
  responses: Record<string, { content?: { "application/json": { schema: Schema } } }>;
}

const specOperations = new Map(
  specOperationEntries(doc).map((op) => [op.key, op as unknown as SpecOperation]),
);
const coverage = operationCoverage(reference, specOperationEntries(doc));
const keyOf = (op: ReferenceOperation) => operationKey(op.method, op.path);
const responseSchema = (op: SpecOperation) =>
  op.responses["200"]?.content?.["application/json"].schema as Schema;

const counts = {
  operations: 0,
  examplesValid: 0,
  requestExamplesValid: 0,
  withoutBody: 0,
  keysChecked: 0,
  fieldsChecked: 0,
};
afterAll(() => {
  const total = reference.length;
  console.log(
    [
      `fidelity: ${counts.operations}/${total} documented operations in the spec`,
      describeBeyond(coverage.beyond),
      `${counts.examplesValid}/${total} example responses valid`,
      `${counts.requestExamplesValid} example requests valid`,
      `${counts.withoutBody} operations without a documented body declare none`,
      `${counts.keysChecked} example keys declared`,
      `${counts.fieldsChecked} documented fields present with the documented optionality`,
    ].join("; "),
  );
});

/** Lists the keys of an example that the schema at the same place does not declare. */
function undeclaredKeys(value: unknown, schema: Schema, at: string): string[] {
  if (Array.isArray(value)) {
    const items = itemSchemas(doc, schema);
    return value.flatMap((v, i) => items.flatMap((s) => undeclaredKeys(v, s, `${at}/${i}`)));
  }
  if (value === null || typeof value !== "object" || isOpenMap(doc, schema)) return [];
  const branches = branchesOf(doc, schema);
  const matching = branches.filter((b) => compile(b)(value));
  // Under a union, only the branches the value takes declare its keys (beside the schema's own).
  const { oneOf: _oneOf, anyOf: _anyOf, ...own } = resolve(doc, schema);
  const props = declaredProperties(
    doc,
    matching.length > 0 ? { ...own, allOf: [...(own.allOf ?? []), ...matching] } : schema,
  );
  return Object.entries(value).flatMap(([key, child]) => {
    const prop = props.get(key);
    if (!prop) return [`${at}/${key}`];
    const missing = prop.schemas.map((s) => undeclaredKeys(child, s, `${at}/${key}`));
    // Under a union, the key is declared when one of its schemas declares everything below it.
    return missing.some((m) => m.length === 0) ? [] : (missing[0] ?? []);
  });
}

/** Lists the documented fields missing from a schema, or whose optionality differs. */
function fieldProblems(id: string, fields: ReferenceField[], schema: Schema, at: string): string[] {
  const props = declaredProperties(doc, schema);
  return fields.flatMap((field) => {
    const where = `${at}/${field.name}`;
    const prop = props.get(field.name);
    if (!prop) return [`${where} is documented but not in the spec`];
    const problems: string[] = [];
    if (
      prop.required === field.optional &&
      !REQUIRED_THOUGH_DOCUMENTED_OPTIONAL[`${id}:${where}`]
    ) {
      problems.push(`${where} is ${field.optional ? "optional" : "required"} in the docs`);
    }
    const inner = prop.schemas.flatMap((s) => unwrapArrays(s, field.type));
    if (field.children.length > 0) {
      const best = inner
        .map((s) => fieldProblems(id, field.children, s, where))
        .sort((a, b) => a.length - b.length)[0];
      problems.push(...(best ?? []));
    }
    for (const variant of field.variants) {
      const candidates = inner.flatMap((s) => [s, ...branchesOf(doc, s)]);
      const best = candidates
        .map((s) => fieldProblems(id, variant.children, s, `${where}(${variant.name})`))
        .sort((a, b) => a.length - b.length)[0];
      problems.push(...(best ?? [`${where}: no schema for variant ${variant.name}`]));
    }
    return problems;
  });
}

function unwrapArrays(schema: Schema, type: string): Schema[] {
  let schemas = [schema];
  for (let t = type; t.startsWith("array of "); t = t.slice("array of ".length)) {
    schemas = schemas.flatMap((s) => itemSchemas(doc, s));
  }
  return schemas;
}

describe("the spec against Cloudflare's API reference", () => {
  it("has every documented operation, and names the source of every other one", () => {
    const documented = new Set(reference.map(keyOf));
    expect(documented.size).toBe(reference.length);
    expect(coverage.missing).toEqual([]);
    expect(coverage.unsourced, "operations beyond the reference need an x-source").toEqual([]);
    counts.operations = coverage.covered;
  });

  describe.each(reference.map((op) => [keyOf(op), op] as const))("%s", (_, docOp) => {
    const op = specOperations.get(keyOf(docOp)) as SpecOperation;

    it("accepts the docs' example response, declaring every key", () => {
      const schema = responseSchema(op);
      const validate = compile(schema);
      expect(validate(docOp.exampleResponse), JSON.stringify(validate.errors)).toBe(true);
      expect(undeclaredKeys(docOp.exampleResponse, schema, "")).toEqual([]);
      counts.examplesValid++;
      counts.keysChecked += countKeys(docOp.exampleResponse);
    });

    if (docOp.exampleRequest !== undefined) {
      it("accepts the docs' example request", () => {
        const schema = op.requestBody?.content["application/json"].schema as Schema;
        const validate = compile(schema);
        expect(validate(docOp.exampleRequest), JSON.stringify(validate.errors)).toBe(true);
        expect(undeclaredKeys(docOp.exampleRequest, schema, "")).toEqual([]);
        counts.requestExamplesValid++;
        counts.keysChecked += countKeys(docOp.exampleRequest);
      });
    } else {
      // The reference documents a body for every operation that takes one, with an example.
      it("declares no request body, as the docs document none", () => {
        expect(docOp.bodyParams).toEqual([]);
        expect(op.requestBody).toBeUndefined();
        counts.withoutBody++;
      });
    }

    it("declares every documented field with its optionality", () => {
      const id = op.operationId;
      const params = op.parameters ?? [];
      const problems: string[] = [];
      for (const field of docOp.pathParams) {
        const p = params.find((q) => q.in === "path" && q.name === field.name);
        if (!p) problems.push(`path parameter ${field.name} is missing`);
      }
      for (const field of flattenQuery(docOp.queryParams)) {
        const p = params.find((q) => q.in === "query" && q.name === field.name);
        if (!p) problems.push(`query parameter ${field.name} is missing`);
        else if ((p.required ?? false) === field.optional) {
          problems.push(
            `query parameter ${field.name} is ${field.optional ? "optional" : "required"}`,
          );
        } else if (field.type.startsWith("array of") && resolve(doc, p.schema).type !== "array") {
          problems.push(`query parameter ${field.name} is an array in the docs`);
        }
      }
      const body = op.requestBody?.content["application/json"].schema;
      const topLevelArray =
        docOp.bodyParams.length === 1 && docOp.bodyParams[0]?.type.startsWith("array");
      if (docOp.bodyParams.length > 0 && !body) problems.push("the request body is missing");
      if (body && topLevelArray) {
        problems.push(
          ...fieldProblems(
            id,
            docOp.bodyParams,
            {
              properties: { [docOp.bodyParams[0]?.name ?? ""]: body },
              required: [docOp.bodyParams[0]?.name ?? ""],
            },
            "body",
          ),
        );
      } else if (body) {
        problems.push(...fieldProblems(id, docOp.bodyParams, body, "body"));
      }
      problems.push(...fieldProblems(id, docOp.returns, responseSchema(op), ""));
      expect(problems).toEqual([]);
      counts.fieldsChecked += [docOp.pathParams, docOp.queryParams, docOp.bodyParams, docOp.returns]
        .map(countFields)
        .reduce((a, b) => a + b, 0);
    });
  });
});
