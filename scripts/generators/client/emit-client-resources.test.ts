import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { OpenAPI3 as OpenAPIObject } from "openapi-typescript";
import openapiTS, { astToString } from "openapi-typescript";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { readBundledSpec } from "../../generate/read-bundled-spec.js";
import { readModel } from "../../model/read-model.js";
import { emitOperationTable } from "../types/emit-operation-table.js";
import { emitClientResources, transformOperationSignature } from "./emit-client-resources.js";
import type { ResourceOperation } from "./resource-operations.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const fixtureOut = "../../../packages/client/test/fixture";
const FIXTURE = "spec/fixtures/client-resources/devices.yaml";

function loadFixture(): OpenAPIObject {
  return parse(readFileSync(`${root}${FIXTURE}`, "utf8")) as OpenAPIObject;
}

/** What `biome check --write` makes of a file: formatting, organized imports, safe lint fixes. */
function biomeCheck(source: string): string {
  const bin = createRequire(import.meta.url).resolve("@biomejs/biome/bin/biome");
  const args = [bin, "check", "--write", "--stdin-file-path=fixture.gen.ts"];
  return execFileSync(process.execPath, args, {
    cwd: root,
    input: source,
    encoding: "utf8",
  });
}

function op(overrides: Partial<ResourceOperation>): ResourceOperation {
  return {
    operationId: "getPostureRule",
    method: "GET",
    path: "/accounts/{account_id}/devices/posture/{rule_id}",
    resource: ["posture"],
    name: "get",
    positional: [{ name: "rule_id", arg: "ruleId" }],
    body: undefined,
    paramsRequired: false,
    pagination: undefined,
    envelope: true,
    summary: "Get a device posture rule",
    deprecated: false,
    ...overrides,
  };
}

/** A one-operation spec; `operation` is merged into a GET on `/accounts/{account_id}/devices`. */
function specWith(operation: Record<string, unknown>, path = "/accounts/{account_id}/devices") {
  const account = { name: "account_id", in: "path", required: true, schema: { type: "string" } };
  return {
    openapi: "3.1.0",
    info: { title: "t", version: "1" },
    paths: {
      [path]: {
        parameters: path.includes("{account_id}") ? [account] : [],
        get: {
          operationId: "listDevices",
          "x-resource": "devices",
          "x-method": "list",
          responses: { "200": { description: "ok" } },
          ...operation,
        },
      },
    },
  } as OpenAPIObject;
}

describe("transformOperationSignature", () => {
  const cases: { given: ResourceOperation; want: string[] }[] = [
    {
      given: op({ positional: [], resource: ["posture"], name: "list", pagination: "page" }),
      want: [
        "  /**",
        "   * Get a device posture rule",
        "   *",
        "   * {@link operationTable.getPostureRule | getPostureRule}: `GET /accounts/{account_id}/devices/posture/{rule_id}`",
        "   */",
        "  list(params?: Params<GetPostureRule>, options?: RequestOptions): ListCall<GetPostureRule>;",
      ],
    },
    {
      given: op({
        operationId: "setCustomExcludes",
        method: "PUT",
        positional: [{ name: "policy_id", arg: "policyId" }],
        body: "required",
        summary: undefined,
        deprecated: true,
      }),
      want: [
        "  /**",
        "   * {@link operationTable.setCustomExcludes | setCustomExcludes}: `PUT /accounts/{account_id}/devices/posture/{rule_id}`",
        "   * @deprecated",
        "   */",
        '  get(policyId: PathParam<SetCustomExcludes, "policy_id">, body: Body<SetCustomExcludes>, params?: Params<SetCustomExcludes>, options?: RequestOptions): Call<SetCustomExcludes>;',
      ],
    },
    {
      given: op({ operationId: "live", positional: [], paramsRequired: true, envelope: false }),
      want: [
        "  /**",
        "   * Get a device posture rule",
        "   *",
        "   * {@link operationTable.live | live}: `GET /accounts/{account_id}/devices/posture/{rule_id}`",
        "   */",
        "  get(params: Params<Live>, options?: RequestOptions): BareCall<Live>;",
      ],
    },
    {
      given: op({ operationId: "p", positional: [], body: "optional", summary: "Ends */ early" }),
      want: [
        "  /**",
        "   * Ends *\\/ early",
        "   *",
        "   * {@link operationTable.p | p}: `GET /accounts/{account_id}/devices/posture/{rule_id}`",
        "   */",
        "  get(body?: Body<P>, params?: Params<P>, options?: RequestOptions): Call<P>;",
      ],
    },
  ];
  it.each(cases)("$given.operationId", ({ given, want }) => {
    expect(transformOperationSignature(given, 1)).toEqual(want);
  });
});

describe("emitClientResources on specs it cannot wholly serve", () => {
  it("leaves out an operation it cannot send, naming it, and generates the others", () => {
    const spec = specWith({ requestBody: { content: { "multipart/form-data": {} } } });
    const [resources] = emitClientResources(spec);
    expect(resources?.contents).toContain(
      "// - /paths/~1accounts~1{account_id}~1devices/get/requestBody: only application/json request bodies can be sent",
    );
    expect(resources?.contents).not.toContain(`OperationTypes["listDevices"]`);
    expect(emitClientResources(specWith({}))[0]?.contents).toContain(
      `OperationTypes["listDevices"]`,
    );
  });

  it("rejects a method and a group of the same name", () => {
    const spec = specWith({});
    const item = spec.paths?.["/accounts/{account_id}/devices"] as Record<string, unknown>;
    item.post = {
      ...(item.get as object),
      operationId: "x",
      "x-resource": "devices.list",
      "x-method": "create",
    };
    expect(() => emitClientResources(spec)).toThrow(
      "devices.list is both a method (listDevices) and a group",
    );
  });
});

describe("emitClientResources", () => {
  const options = {
    typesModule: "./operations.gen.js",
    tableModule: "./operation-table.gen.js",
    coreDir: "../../src",
    source: FIXTURE,
  };

  // Formatted as scripts/generate.ts formats every generated file.
  const emitted = () => {
    const [file] = emitClientResources(loadFixture(), options);
    return { path: file?.path, contents: file?.contents ?? "" };
  };

  it("emits the fixture's resource layer", async () => {
    const file = emitted();
    expect(file.path).toBe("packages/client/src/resources.gen.ts");
    await expect(file.contents).toMatchFileSnapshot(`${fixtureOut}/resources.gen.ts`);
  });

  it("leaves Biome nothing to fix once formatted (imports come organized)", () => {
    const { contents } = emitted();
    expect(biomeCheck(contents)).toBe(contents);
  });

  it("does not depend on the order of paths in the spec", () => {
    const spec = loadFixture();
    const reversed = {
      ...spec,
      paths: Object.fromEntries(Object.entries(spec.paths ?? {}).reverse()),
    };
    expect(emitClientResources(reversed, options)).toEqual(emitClientResources(spec, options));
  });

  // The client's tests bind the fixture's resource layer from this table, as createClient binds
  // the shared one.
  it("keeps the fixture's operation table current", async () => {
    const table = emitOperationTable(
      readModel(loadFixture() as never),
      "@zt-devices/types/operations",
      FIXTURE,
    );
    await expect(table).toMatchFileSnapshot(`${fixtureOut}/operation-table.gen.ts`);
  });

  // The client's tests type the fixture's resource layer with these.
  it("keeps the fixture's operations types current", async () => {
    const types = astToString(await openapiTS(loadFixture()));
    const header = `// Generated by openapi-typescript from ${FIXTURE}. Do not edit.\n`;
    await expect(header + types).toMatchFileSnapshot(`${fixtureOut}/operations.gen.ts`);
  });
});

describe("on the real spec", () => {
  const spec = () => readBundledSpec<OpenAPIObject>();

  it("emits a resource layer that Biome has nothing to fix in", () => {
    const [file] = emitClientResources(spec());
    expect(biomeCheck(file?.contents ?? "")).toBe(file?.contents);
  });
});
