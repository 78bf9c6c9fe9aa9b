import { readFileSync } from "node:fs";
import { join } from "node:path";
import openapiTS, { astToString } from "openapi-typescript";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { readBundledSpec } from "../../generate/read-bundled-spec.js";
import { emitValidators } from "./emit-validators.js";
import type { OpenApiDocument } from "./openapi.js";

const repo = join(import.meta.dirname, "../../..");
const FIXTURES = ["keywords", "operations", "unions"];

function fixture(name: string): OpenApiDocument {
  return parse(readFileSync(join(repo, `spec/fixtures/validators/${name}.yaml`), "utf8"));
}

/** Where a fixture's output lives: beside the validators package's tests, which run it. */
function emitFixture(name: string) {
  const outDir = `packages/validators/test/fixtures/${name}`;
  const files = emitValidators(fixture(name), {
    outDir,
    runtimeDir: "packages/validators/src",
    typesFile: `${outDir}/types.gen.ts`,
  });
  return { outDir, files };
}

describe("emitValidators on the fixtures", () => {
  it.each(FIXTURES)(
    "%s: emits the modules it did before",
    async (name) => {
      const { outDir, files } = emitFixture(name);
      const types = astToString(await openapiTS(fixture(name) as never));
      const all = [...files, { path: `${outDir}/types.gen.ts`, contents: types }];
      for (const file of all) {
        await expect(file.contents).toMatchFileSnapshot(join(repo, file.path));
      }
    },
    60_000,
  );

  it.each(FIXTURES)(
    "%s: is byte-for-byte reproducible",
    (name) => {
      const first = emitFixture(name).files;
      expect(emitFixture(name).files).toEqual(first);
    },
    60_000,
  );

  it("writes one module per component schema and per operation, the parameters, and the two indexes", () => {
    const paths = emitFixture("operations").files.map((f) => f.path.split("/").slice(5).join("/"));
    expect(paths).toEqual([
      "operations.gen.ts",
      "operations/create-device.gen.ts",
      "operations/delete-device.gen.ts",
      "operations/list-devices.gen.ts",
      "parameters.gen.ts",
      "schemas.gen.ts",
      "schemas/device-request.gen.ts",
      "schemas/device.gen.ts",
      "schemas/envelope.gen.ts",
    ]);
  });

  it("imports nothing from Ajv and compiles nothing at run time", () => {
    for (const { path, contents } of FIXTURES.flatMap((name) => emitFixture(name).files)) {
      expect(contents, path).not.toMatch(/require\(|from "ajv|new Function|\beval\(/);
    }
  }, 60_000);

  it("writes each schema once, one function for both the first issue and every issue", () => {
    const file = emitFixture("unions").files.find((f) => f.path.endsWith("/file-input.gen.ts"));
    const functions = file?.contents.match(/^export function \w+/gm);
    expect(functions).toEqual([
      "export function validate_FileInput",
      "export function isFileInput",
      "export function assertFileInput",
    ]);
    expect(file?.contents).toContain(
      'validate_FileInput(data: any, errors?: any[], at = "", path?: any, prefix = "")',
    );
  });

  it("writes each issue's keyword, message, pointer and path into the code, built only at the issue", () => {
    const file = emitFixture("unions").files.find((f) => f.path.endsWith("/file-input.gen.ts"));
    expect(file?.contents).toContain(
      'issue(errors, "required", "is required", prefix, at + "/path", path, "path")',
    );
    const rule = emitFixture("unions").files.find((f) => f.path.endsWith("/rule.gen.ts"));
    // A union passes the chosen variant's prefix down, so its issues say which variant it is.
    expect(rule?.contents).toMatch(
      /validate_FileRule\(data, errors, at, path, "FileRule \(type \\"file\\"\): "\)/,
    );
  });

  it("names a spec problem and where it is", () => {
    const spec = fixture("unions");
    const schemas = spec.components?.schemas as Record<string, Record<string, unknown>>;
    schemas.Rule = {
      ...schemas.Rule,
      discriminator: { propertyName: "type", mapping: { x: "#/nope" } },
    };
    expect(() => emitValidators(spec)).toThrow(
      '#/components/schemas/Rule/discriminator/mapping/x points at "#/nope", not a oneOf branch',
    );
  });

  it.each([
    [{ type: "string", maxLength: "ten" }, "/maxLength must be a non-negative integer"],
    [{ type: "strung" }, "/type must be one of string, number, integer"],
    [{ type: "string", format: 5 }, "/format must be a string; got 5"],
    [{ type: "string", pattern: "(" }, "/pattern is not a valid regular expression"],
  ])("refuses the invalid schema %j, saying where and what is wrong", (schema, problem) => {
    const spec = fixture("keywords");
    (spec.components?.schemas as Record<string, unknown>).Bad = schema;
    expect(() => emitValidators(spec)).toThrow(
      `the schema #/components/schemas/Bad is invalid: ${problem}`,
    );
  });

  it("refuses a $ref to nothing where it is written, as the model does for every package", () => {
    const spec = fixture("keywords");
    (spec.components?.schemas as Record<string, unknown>).Bad = {
      properties: { a: { $ref: "#/components/schemas/Nope" } },
    };
    expect(() => emitValidators(spec)).toThrow(
      "/components/schemas/Bad/properties/a: $ref #/components/schemas/Nope points to nothing",
    );
  });

  it.each([
    [{ $dynamicRef: "#node" }, "/$dynamicRef is a keyword it does not handle"],
    [
      { type: "array", items: [{ type: "string" }] },
      "/items is a list of schemas (a tuple: use prefixItems)",
    ],
    [{ unevaluatedProperties: false }, "/unevaluatedProperties is a keyword it does not handle"],
  ])("refuses %j, which it cannot check, rather than check it loosely", (schema, problem) => {
    const spec = fixture("keywords");
    (spec.components?.schemas as Record<string, unknown>).Bad = schema;
    expect(() => emitValidators(spec)).toThrow(
      `the validators generator does not support the schema #/components/schemas/Bad: ${problem}`,
    );
  });
});

describe("emitValidators on the bundled spec", () => {
  const emitted = () => emitValidators(readBundledSpec<OpenApiDocument>());

  it("imports a validator that many answers share instead of copying it", () => {
    const files = emitted();
    const bodies = new Map<string, string>();
    for (const { path, contents } of files) {
      for (const [, name, body] of contents.matchAll(
        /^export function (validate_\w+)\(([\s\S]*?)^}$/gm,
      )) {
        const key = (body as string).replaceAll(name as string, "SELF");
        expect(bodies.get(key), `${name} in ${path} repeats another function`).toBeUndefined();
        bodies.set(key, `${name} in ${path}`);
      }
    }
    const errorBody = files.filter((f) =>
      /^export function validate_ApiErrorResponse\(/m.test(f.contents),
    );
    expect(errorBody.map((f) => f.path)).toEqual([
      "packages/validators/src/schemas/api-error-response.gen.ts",
    ]);
    const users = files.filter((f) => f.contents.includes("validate_ApiErrorResponse,\n"));
    expect(users.length).toBeGreaterThan(60);
  }, 60_000);

  it("leaves no dead code: no constant tests, no empty blocks", () => {
    for (const { path, contents } of emitted()) {
      expect(contents, path).not.toMatch(/if \(!?\(?(true|false)\)?\)/);
      expect(contents, path).not.toMatch(/(\)|else) \{\s*\}/);
      expect(contents, path).not.toMatch(/^\s*\w+: \{\s*\n\s*\}/m);
    }
  }, 60_000);

  it("emits a module for every component schema and every operation", () => {
    const spec = readBundledSpec<OpenApiDocument>();
    const files = emitValidators(spec).map((f) => f.path);
    const operations = Object.values(spec.paths ?? {}).flatMap((item) =>
      Object.values(item).filter(
        (op) => typeof (op as { operationId?: unknown }).operationId === "string",
      ),
    );
    expect(files.filter((p) => p.includes("/schemas/"))).toHaveLength(
      Object.keys(spec.components?.schemas ?? {}).length,
    );
    expect(files.filter((p) => p.includes("/operations/"))).toHaveLength(operations.length);
  }, 60_000);
});
