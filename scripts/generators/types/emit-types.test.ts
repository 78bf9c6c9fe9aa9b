import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { OpenApiDocument } from "../../model/document.js";
import { readModel } from "../../model/read-model.js";
import { emitAliases, emitTypes, pascal } from "./emit-types.js";

const repo = join(import.meta.dirname, "../../..");
const fixture = parse(
  readFileSync(join(repo, "spec/fixtures/union-envelope.yaml"), "utf8"),
) as OpenApiDocument;

describe("pascal", () => {
  it.each([
    { given: "listPostureRules", want: "ListPostureRules" },
    { given: "getDefaultSplitTunnelExcludes", want: "GetDefaultSplitTunnelExcludes" },
  ])("$given -> $want", ({ given, want }) => expect(pascal(given)).toBe(want));
});

describe("emitAliases", () => {
  it.each([
    {
      given: { operationId: "getThing", hasBody: false, enveloped: true },
      want: [
        'export type GetThingParams = operations["getThing"]["parameters"];',
        'export type GetThingResult = GetThingResponse["result"];',
      ],
      absent: "GetThingBody",
    },
    {
      given: { operationId: "liveStatus", hasBody: true, enveloped: false },
      want: [
        "export type LiveStatusBody = JsonBody<",
        "export type LiveStatusResult = LiveStatusResponse;",
      ],
      absent: 'LiveStatusResponse["result"]',
    },
    {
      given: { operationId: "createThing", hasBody: false, enveloped: true, ok: "201" },
      want: [
        'export type CreateThingResponse = JsonBody<operations["createThing"]["responses"]["201"]>;',
        'export type CreateThingResult = CreateThingResponse["result"];',
      ],
      absent: "CreateThingResponse = Ok<",
    },
  ])("aliases for $given.operationId", ({ given, want, absent }) => {
    const out = emitAliases([], [given]);
    for (const line of want) expect(out).toContain(line);
    expect(out).not.toContain(absent);
  });
});

describe("emitTypes", () => {
  it("emits the fixture's types, aliases and operation table, and nothing else", async () => {
    const { files, counts } = await emitTypes(readModel(fixture));
    expect(counts).toEqual({ operations: 2, schemas: 4 });
    // The spec as JSON is not part of the package: the reference publishes it (docs/openapi.json).
    expect(files.map((f) => f.path)).toEqual([
      "packages/types/src/openapi.gen.ts",
      "packages/types/src/aliases.gen.ts",
      "packages/types/src/operations.gen.ts",
    ]);
    // The table's own generator test covers it; its snapshot would not type-check here, without
    // the types package's hand-written `operation-entry.ts` beside it.
    for (const file of files.filter((f) => !f.path.endsWith("/operations.gen.ts"))) {
      const name = file.path.split("/").at(-1) as string;
      // Written as openapi-typescript prints them: Biome does not format the types package's files.
      await expect(file.contents).toMatchFileSnapshot(`__snapshots__/${name}`);
    }
  });

  it("keeps body descriptions but leaves request and response examples out", async () => {
    const spec = structuredClone(fixture);
    const example = { success: true, result: { id: "example-thing-id" } };
    for (const item of Object.values(spec.paths))
      for (const operation of Object.values(item) as { responses?: Record<string, unknown> }[])
        for (const response of Object.values(operation?.responses ?? {}) as {
          content?: Record<string, Record<string, unknown>>;
        }[])
          for (const media of Object.values(response.content ?? {})) {
            media.example = example;
            media.examples = { one: { value: example } };
          }
    const types = (await emitTypes(readModel(spec))).files[0]?.contents ?? "";
    expect(JSON.stringify(spec)).toContain("example-thing-id");
    expect(types).not.toContain("example-thing-id");
    expect(types).not.toContain("@example");
    expect(types).toBe((await emitTypes(readModel(fixture))).files[0]?.contents);
  });

  it("covers every operation and schema of the real spec", async () => {
    const spec = JSON.parse(
      readFileSync(join(repo, "spec/dist/openapi.json"), "utf8"),
    ) as OpenApiDocument;
    const { files, counts } = await emitTypes(readModel(spec));
    expect(counts.operations).toBe(74);
    const aliases = files.find((f) => f.path.endsWith("aliases.gen.ts"))?.contents ?? "";
    for (const name of Object.keys(spec.components?.schemas ?? {}))
      expect(aliases).toContain(`export type ${name} =`);
    expect(aliases.match(/Result = /g)).toHaveLength(74);
  });
});

describe("emitTypes on an envelope without a result", () => {
  it("types the result as the whole answer, which has no result to pick", async () => {
    const spec = structuredClone(fixture);
    (spec.paths["/accounts/{account_id}/rules"] as Record<string, unknown>).delete = {
      operationId: "deleteRules",
      "x-resource": "rules",
      "x-method": "delete",
      parameters: [{ name: "account_id", in: "path", required: true, schema: { type: "string" } }],
      responses: {
        "200": {
          description: "ok",
          content: {
            "application/json": { schema: { $ref: "#/components/schemas/Envelope" } },
          },
        },
      },
    };
    const { files } = await emitTypes(readModel(spec));
    const aliases = files.find((f) => f.path.endsWith("aliases.gen.ts"))?.contents ?? "";
    expect(aliases).toContain("export type DeleteRulesResult = DeleteRulesResponse;");
    expect(aliases).toContain('export type ListRulesResult = ListRulesResponse["result"];');
  });
});

describe("emitTypes on a schema name that is not an identifier", () => {
  it("names its type after the identifier the model gives it", async () => {
    const spec = structuredClone(fixture);
    (spec.components?.schemas as Record<string, unknown>)["Device-Status"] = { type: "string" };
    const { files } = await emitTypes(readModel(spec));
    const aliases = files.find((f) => f.path.endsWith("aliases.gen.ts"))?.contents ?? "";
    expect(aliases).toContain('export type DeviceStatus = components["schemas"]["DeviceStatus"];');
    expect(aliases).not.toContain("Device-Status");
  });
});
