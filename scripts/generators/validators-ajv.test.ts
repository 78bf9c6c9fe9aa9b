import { readFileSync } from "node:fs";
import { join } from "node:path";
import standaloneCode from "ajv/dist/standalone/index.js";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { createAjv, standaloneModule } from "./validators-ajv.js";
import { cjsDefault } from "./validators-cjs.js";
import type { JsonSchema, OpenApiDocument } from "./validators-openapi.js";
import { transformSchema } from "./validators-schema.js";

const ajvStandalone = cjsDefault(standaloneCode);
const repo = join(import.meta.dirname, "../..");

function componentSchemas(spec: OpenApiDocument): Record<string, JsonSchema> {
  const names = Object.keys(spec.components?.schemas ?? {}).sort();
  return Object.fromEntries(
    names.map((name) => [
      name,
      transformSchema(
        spec.components?.schemas?.[name] as JsonSchema,
        spec,
        `#/components/schemas/${name}`,
      ),
    ]),
  );
}

const rootsOf = (schemas: Record<string, JsonSchema>) =>
  Object.fromEntries(Object.keys(schemas).map((id, i) => [`root${i}`, id]));

// Recursive references go through Ajv's `{validate: fn}` wrappers; the spec fixtures have none.
const recursive: Record<string, JsonSchema> = {
  Tree: {
    type: "object",
    required: ["name"],
    properties: {
      name: { type: "string", maxLength: 3 },
      children: { type: "array", items: { $ref: "Tree" } },
      parent: { $ref: "Node" },
    },
  },
  Node: { type: "object", properties: { tree: { $ref: "Tree" } } },
};

describe("standaloneModule writes what ajv/dist/standalone writes", () => {
  const cases: [string, Record<string, JsonSchema>][] = [
    ...["keywords", "operations", "unions"].map((name): [string, Record<string, JsonSchema>] => [
      name,
      componentSchemas(
        parse(readFileSync(join(repo, `spec/fixtures/validators/${name}.yaml`), "utf8")),
      ),
    ]),
    [
      "the devices spec",
      componentSchemas(JSON.parse(readFileSync(join(repo, "spec/dist/openapi.json"), "utf8"))),
    ],
    ["recursive references", recursive],
  ];
  it.each(cases)("%s, in both variants", (_name, schemas) => {
    expect(Object.keys(schemas).length).toBeGreaterThan(0);
    for (const allErrors of [false, true]) {
      const roots = rootsOf(schemas);
      const ours = standaloneModule(createAjv(schemas, allErrors), roots);
      const ajvs = ajvStandalone(createAjv(schemas, allErrors), roots);
      expect(ours).toBe(ajvs);
    }
  });

  it("writes a shared function once, for the first root that needs it", () => {
    const roots = { a: "Tree", b: "Node" };
    const code = standaloneModule(createAjv(recursive, false), roots);
    expect(code.match(/^function validate\d+/gm)?.length).toBe(2);
    expect(code).toContain("{validate: ");
  });

  it("names a root Ajv does not know", () => {
    expect(() => standaloneModule(createAjv(recursive, false), { a: "Missing" })).toThrow(
      "moduleCode: no schema with id Missing",
    );
  });
});
