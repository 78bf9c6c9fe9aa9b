import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { coercionOf, coercionWord } from "../../model/coercion.js";
import type { OpenApiDocument } from "../../model/document.js";
import { readModel } from "../../model/read-model.js";
import { emitOperationTable, transformOperationEntry } from "../types/emit-operation-table.js";
import {
  emitMocksHandlers,
  sortImports,
  transformMswPath,
  transformQueryLiteral,
} from "./emit-mocks-handlers.js";
import { transformExample, transformRoute } from "./routes.js";
import { createSynthesizer } from "./synthesize-example.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const FIXTURE = "spec/fixtures/mocks/devices.yaml";
const OUT = "packages/mocks/test/fixture";
const fixture = parse(readFileSync(`${root}${FIXTURE}`, "utf8")) as OpenApiDocument;

const opInfo = (spec: OpenApiDocument, id: string) => {
  const info = readModel(spec).operations.find((op) => op.id === id);
  if (!info) throw new Error(`fixture has no ${id}`);
  return info;
};

// The route table words a query coercion as the validators' `coerce` reads it: no translation.
describe("coercionWord of the model's coercion", () => {
  it.each([
    { given: { type: "string" }, want: "string" },
    { given: { type: "number" }, want: "number" },
    { given: { type: "integer" }, want: "integer" },
    { given: { type: ["number", "null"] }, want: "number" },
    { given: { type: "boolean" }, want: "boolean" },
    { given: { type: "array", items: { type: "string" } }, want: "array:string" },
    { given: { type: "array", items: { type: "number" } }, want: "array:number" },
    { given: { type: "array", items: { type: "integer" } }, want: "array:integer" },
    { given: { enum: ["a", "b"] }, want: "string" },
  ])("$given -> $want", ({ given, want }) =>
    expect(coercionWord(coercionOf({}, given))).toBe(want),
  );
});

describe("transformRoute", () => {
  it.each([
    {
      id: "getDefaultSplitTunnelExcludes",
      want: {
        operationId: "getDefaultSplitTunnelExcludes",
        method: "GET",
        path: "/accounts/{account_id}/devices/policy/exclude",
        query: {},
      },
    },
    {
      id: "listPhysicalDevices",
      want: {
        operationId: "listPhysicalDevices",
        method: "GET",
        path: "/accounts/{account_id}/devices/physical-devices",
        query: {
          cursor: "string",
          id: "array:string",
          "last_seen_user.email": "string",
          per_page: "number",
        },
      },
    },
    {
      id: "listDexTests",
      want: expect.objectContaining({
        query: { page: "integer", score: "array:number", targeted: "boolean" },
      }),
    },
    {
      id: "getFleetStatusLive",
      want: expect.objectContaining({ query: { since_minutes: "number" } }),
    },
  ])("$id", ({ id, want }) => {
    expect(transformRoute(opInfo(fixture, id))).toEqual(want);
  });

  it("places an operation without x-resource by the model's rule (no tag: the path's first noun)", () => {
    const spec = structuredClone(fixture);
    const item = spec.paths["/zones/{zone_id}/devices/policy/certificates"] as Record<
      string,
      Record<string, unknown>
    >;
    delete (item.patch as Record<string, unknown>)["x-resource"];
    expect(transformOperationEntry(opInfo(spec, "updateDeviceCertificateProvisioning"))).toContain(
      '["devices.update", "PATCH"',
    );
  });

  it("refuses two operations with the same behaviour, as the client and the CLI do", () => {
    const spec = structuredClone(fixture);
    const item = spec.paths["/accounts/{account_id}/dex/devices/dex_tests"] as Record<
      string,
      Record<string, unknown>
    >;
    Object.assign(item.get as Record<string, unknown>, {
      "x-resource": "physicalDevices",
      "x-method": "list",
    });
    expect(() => emitMocksHandlers(readModel(spec))).toThrow(
      /: physicalDevices\.list is claimed by both listPhysicalDevices \(\/paths\/.+\) and listDexTests$/,
    );
  });

  it("refuses an unknown x-pagination", () => {
    const spec = structuredClone(fixture);
    const item = spec.paths["/accounts/{account_id}/dex/devices/dex_tests"] as Record<
      string,
      Record<string, unknown>
    >;
    (item.get as Record<string, unknown>)["x-pagination"] = "offset";
    expect(() => transformRoute(opInfo(spec, "listDexTests"))).toThrow(
      `/paths/~1accounts~1{account_id}~1dex~1devices~1dex_tests/get: x-pagination must be "page" or "cursor"; got "offset"`,
    );
  });
});

describe("transformExample", () => {
  const example = (spec: OpenApiDocument, id: string) =>
    transformExample(opInfo(spec, id), spec, createSynthesizer(spec));

  it("takes `example`, then the first of `examples`, through $refs", () => {
    expect(example(fixture, "getDefaultSplitTunnelExcludes")).toEqual({
      errors: [],
      messages: [],
      success: true,
      result: [{ address: "192.0.2.0/24" }],
    });
    expect(example(fixture, "updateDeviceSettingsPolicy")).toMatchObject({
      result: { name: "Renamed" },
    });
  });

  it("builds one from the schema where none is documented, the envelope's result added", () => {
    const spec = structuredClone(fixture);
    const item = spec.paths["/accounts/{account_id}/dex/devices/dex_tests"] as Record<
      string,
      Record<string, unknown>
    >;
    const get = item.get as {
      responses: Record<string, { content: Record<string, { example?: unknown }> }>;
    };
    delete get.responses["200"]?.content["application/json"]?.example;
    expect(example(spec, "listDexTests")).toEqual({
      errors: [],
      messages: [],
      success: true,
      result: [],
    });
  });
});

describe("pieces", () => {
  it.each([
    { given: "/accounts/{account_id}/devices", want: "/accounts/:account_id/devices" },
    {
      given: "/accounts/{account_id}/devices/policy/{policy_id}/exclude",
      want: "/accounts/:account_id/devices/policy/:policy_id/exclude",
    },
  ])("msw path of $given", ({ given, want }) => expect(transformMswPath(given)).toBe(want));

  it("orders imports as Biome keeps them: packages first, then relative paths", () => {
    const given = [
      'import { http } from "msw";',
      'import type { ResolverFactory } from "./_resolver-factory.js";',
      'import type { NoneOf } from "../../src/_route.js";',
      'import type { operations } from "@zt-devices/types";',
    ];
    expect(sortImports(given)).toEqual([given[3], given[0], given[2], given[1]]);
  });

  it("writes the query coercions of a route as an object literal, empty without any", () => {
    const route = { operationId: "x", method: "GET", path: "/p", query: {} };
    expect(transformQueryLiteral(route)).toBe("{}");
    expect(
      transformQueryLiteral({ ...route, query: { page: "integer", "user.id": "array:string" } }),
    ).toBe('{ "page": "integer", "user.id": "array:string" }');
  });
});

describe("emitMocksHandlers", () => {
  it("emits the fixture's routes, examples and handlers", async () => {
    const { files, counts } = emitMocksHandlers(readModel(fixture), {
      outDir: OUT,
      typesModule: "./openapi.gen.js",
      tableModule: "./operation-table.gen.js",
      coreDir: "../../src",
      source: FIXTURE,
    });
    expect(counts).toEqual({ operations: 7 });
    expect(files.map((f) => f.path)).toEqual([
      `${OUT}/routes.gen.ts`,
      `${OUT}/examples.gen.ts`,
      `${OUT}/handlers.gen.ts`,
    ]);
    for (const file of files) {
      await expect(file.contents).toMatchFileSnapshot(`${root}${file.path}`);
    }
    // The snapshots are type-checked against the fixture's own types and operation table.
    await expect(
      emitOperationTable(readModel(fixture), "@zt-devices/types/operations", FIXTURE),
    ).toMatchFileSnapshot(`${root}${OUT}/operation-table.gen.ts`);
    const types = astToString(await openapiTS(fixture as never));
    await expect(
      `// Generated by openapi-typescript from ${FIXTURE}. Do not edit.\n${types}`,
    ).toMatchFileSnapshot(`${root}${OUT}/openapi.gen.ts`);
  });

  it("takes the base URL from the first server, without a trailing slash", () => {
    const routes = emitMocksHandlers(readModel(fixture)).files[0]?.contents ?? "";
    expect(routes).toContain('export const defaultBaseUrl = "https://api.example.com/client/v4";');
  });

  it("is byte-for-byte reproducible", () => {
    expect(emitMocksHandlers(readModel(fixture))).toEqual(
      emitMocksHandlers(readModel(structuredClone(fixture))),
    );
  });

  it("refuses an operationId used twice", () => {
    const spec = structuredClone(fixture);
    const item = spec.paths["/accounts/{account_id}/dex/devices/dex_tests"] as Record<
      string,
      Record<string, unknown>
    >;
    (item.get as Record<string, unknown>).operationId = "listPhysicalDevices";
    expect(() => emitMocksHandlers(readModel(spec))).toThrow(
      '/paths/~1accounts~1{account_id}~1dex~1devices~1dex_tests/get/operationId: "listPhysicalDevices" is also the operationId of /paths/~1accounts~1{account_id}~1devices~1physical-devices/get',
    );
  });

  it("covers all 74 operations of the real spec, each with a behaviour name and an example", () => {
    const spec = JSON.parse(
      readFileSync(`${root}spec/dist/openapi.json`, "utf8"),
    ) as OpenApiDocument;
    const { files, counts } = emitMocksHandlers(readModel(spec));
    expect(counts).toEqual({ operations: 74 });
    const handlers = files.find((f) => f.path.endsWith("handlers.gen.ts"))?.contents ?? "";
    for (const op of readModel(spec).operations) {
      expect(handlers).toContain(`    ${op.id}: http.${op.method}(`);
    }
    const routes = files.find((f) => f.path.endsWith("routes.gen.ts"))?.contents ?? "";
    expect(routes.match(/^ {2}\w+: \{.*\},$/gm)).toHaveLength(74);
    expect(routes).toContain(
      'listRegistrations: { "cursor": "string", "device.id": "string", "id": "array:string", "include": "string", "per_page": "integer"',
    );
  });
});
