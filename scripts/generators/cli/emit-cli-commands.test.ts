import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { OpenApiDocument } from "../../model/document.js";
import { readModel } from "../../model/read-model.js";
import { emitOperationTable } from "../types/emit-operation-table.js";
import { commandWords, transformDeprecation, transformOperation } from "./command.js";
import { emitCliCommands } from "./emit-cli-commands.js";
import { type CliOperation, type CliParameter, collectCliOperations } from "./operations.js";
import type { Json } from "./schema.js";

const repo = join(import.meta.dirname, "../../..");
const fixture = () =>
  parse(readFileSync(join(repo, "spec/fixtures/cli/devices.yaml"), "utf8")) as Json;
const model = (doc: Json) => readModel(doc as unknown as OpenApiDocument);
const realSpec = () =>
  JSON.parse(readFileSync(join(repo, "spec/dist/openapi.json"), "utf8")) as Json;

describe("commandWords", () => {
  const cases = [
    { given: { resource: ["posture"], name: "list" }, want: ["posture", "list"] },
    { given: { resource: ["physicalDevices"], name: "get" }, want: ["physical-devices", "get"] },
    {
      given: { resource: ["policies", "default", "fallbackDomains"], name: "set" },
      want: ["policies", "default", "fallback-domains", "set"],
    },
    {
      given: { resource: ["registrations"], name: "bulkDelete" },
      want: ["registrations", "bulk-delete"],
    },
  ];
  it.each(cases)("$want", ({ given, want }) => expect(commandWords(given)).toEqual(want));
});

describe("collectCliOperations", () => {
  it("reads every operation of the fixture, sorted by command", () => {
    const ops = collectCliOperations(model(fixture()));
    expect(ops.map((op) => commandWords(op).join(" "))).toEqual([
      "devices revoke",
      "fleet-status live",
      "policies default certificates update",
      "policies default excludes set",
      "posture create",
      "posture delete",
      "posture list",
      "registrations bulk-delete",
      "registrations list",
      "registrations revoke",
    ]);
  });

  it("leaves out an operation it cannot serve and names it in the command index", () => {
    const spec = fixture();
    const ops = Object.values(
      (spec.paths as Record<string, Json>)["/accounts/{account_id}/devices/posture"] as Json,
    );
    const create = ops.find((op) => (op as Json).operationId === "createPostureRule") as Json;
    create.requestBody = { content: { "multipart/form-data": { schema: { type: "object" } } } };
    const { files } = emitCliCommands(model(spec));
    expect(files[0]?.contents).toContain(
      "// - /paths/~1accounts~1{account_id}~1devices~1posture/post/requestBody: only application/json request bodies can be given with --data",
    );
    expect(JSON.stringify(files)).not.toContain("createPostureRule");
    expect(JSON.stringify(emitCliCommands(model(fixture())).files)).toContain("createPostureRule");
  });

  it("gives two parameters of one name their places as prefixes", () => {
    const spec = fixture();
    const ops = collectCliOperations(model(spec));
    const del = ops.find((op) => op.operationId === "deletePostureRule");
    const twin = { ...(del?.parameters[0] as CliParameter), in: "query" as const, required: false };
    const command = transformOperation(
      spec,
      { ...(del as CliOperation), parameters: [...(del?.parameters ?? []), twin] },
      ops,
    );
    expect(command.flags.map((f) => f.flag)).toEqual(["path-rule-id", "query-rule-id"]);
  });

  it("takes path-level parameters, leaves account_id and zone_id to the scope", () => {
    const ops = collectCliOperations(model(fixture()));
    const del = ops.find((op) => op.operationId === "deletePostureRule");
    expect(del?.scope).toBe("account_id");
    expect(del?.parameters.map((p) => `${p.in}:${p.name}`)).toEqual(["path:rule_id"]);
    expect(ops.find((op) => op.operationId === "updateDeviceCertificateProvisioning")?.scope).toBe(
      "zone_id",
    );
  });

  it("finds the result inside the envelope, and the whole answer when there is none", () => {
    const ops = collectCliOperations(model(fixture()));
    expect(ops.find((op) => op.operationId === "listPostureRules")?.result).toMatchObject({
      type: "array",
    });
    expect(ops.find((op) => op.operationId === "getFleetStatusLive")?.result).toMatchObject({
      properties: { colo: { type: "string" } },
    });
  });

  const broken = (op: Json) => ({
    openapi: "3.1.0",
    paths: {
      "/things": {
        get: {
          operationId: "listThings",
          summary: "List things",
          "x-resource": "things",
          "x-method": "list",
          ...op,
        },
      },
    },
  });
  const failures = [
    {
      given: { "x-resource": "Things" },
      want: /\/paths\/~1things\/get: x-resource must be a dotted path of camelCase names/,
    },
    { given: { "x-method": "Bad-Name" }, want: /x-method must be a camelCase name/ },
    { given: { "x-pagination": "offset" }, want: /x-pagination must be "page" or "cursor"/ },
    {
      given: {
        parameters: [{ name: "X-Trace", in: "header", required: true, schema: { type: "string" } }],
      },
      want: /required header parameter X-Trace cannot be given as an option/,
    },
  ];
  it.each(failures)("fails on $want", ({ given, want }) => {
    expect(() => collectCliOperations(model(broken(given)))).toThrow(want);
  });

  it("gives an operation without a summary its route as the help line", () => {
    const [op] = collectCliOperations(model(broken({ summary: undefined })));
    expect(op?.summary).toBe("GET /things");
  });

  it("fails when two operations claim one command", () => {
    const spec = broken({});
    (spec.paths as Json)["/other"] = {
      get: {
        operationId: "listOthers",
        summary: "List",
        "x-resource": "things",
        "x-method": "list",
      },
    };
    expect(() => collectCliOperations(model(spec))).toThrow(
      "/paths/~1other/get: things.list is claimed by both listThings (/paths/~1things/get) and listOthers",
    );
  });
});

describe("transformDeprecation", () => {
  it("names the replacement commands the description mentions", () => {
    const ops = collectCliOperations(model(fixture()));
    const revoke = ops.find((op) => op.operationId === "revokeDevices");
    expect(revoke && transformDeprecation(revoke, ops)).toBe("use registrations revoke");
  });

  it("says so when no replacement is named", () => {
    const ops = collectCliOperations(model(fixture()));
    const revoke = ops.find((op) => op.operationId === "revokeDevices");
    expect(revoke && transformDeprecation({ ...revoke, description: "Old." }, ops)).toBe(
      "no replacement named",
    );
  });
});

describe("transformOperation", () => {
  const command = (operationId: string) => {
    const read = model(fixture());
    const ops = collectCliOperations(read);
    return transformOperation(
      read.document,
      ops.find((op) => op.operationId === operationId) as (typeof ops)[number],
      ops,
    );
  };

  it("marks deletes, bulk deletes and revokes destructive, and nothing else", () => {
    expect(command("deletePostureRule").destructive).toBe(true);
    expect(command("deleteRegistrations").destructive).toBe(true);
    expect(command("revokeRegistrations").destructive).toBe(true);
    expect(command("createPostureRule").destructive).toBeUndefined();
  });

  it("gives an array body no field options", () => {
    expect(command("setDefaultSplitTunnelExcludes")).toMatchObject({
      body: { kind: "array", required: true },
      flags: [],
      columns: ["address", "host", "description"],
    });
  });

  // The shared operation table says these; `defineGroup` reads them from it at run time.
  it("writes no route, client call, scope or pagination of its own", () => {
    for (const id of ["listRegistrations", "updateDeviceCertificateProvisioning"])
      expect(Object.keys(command(id))).not.toEqual(
        expect.arrayContaining([expect.stringMatching(/^(route|call|scope|pagination)$/)]),
      );
  });
});

describe("emitCliCommands", () => {
  it("matches the snapshot on the fixture", async () => {
    const { files, counts } = emitCliCommands(model(fixture()), {
      outDir: "packages/cli/test/fixture",
      specDir: "../../src/commands",
      tableModule: "./operation-table.gen.js",
      source: "spec/fixtures/cli/devices.yaml",
    });
    expect(counts).toEqual({ commands: 10, groups: 5 });
    for (const file of files) {
      await expect(file.contents).toMatchFileSnapshot(join(repo, file.path));
    }
    // The fixture's commands read their routes from the fixture's own operation table.
    await expect(
      emitOperationTable(
        model(fixture()),
        "@zt-devices/types/operations",
        "spec/fixtures/cli/devices.yaml",
      ),
    ).toMatchFileSnapshot(join(repo, "packages/cli/test/fixture/operation-table.gen.ts"));
  });

  it("does not depend on the order of paths in the spec", () => {
    const spec = fixture();
    const reversed = {
      ...spec,
      paths: Object.fromEntries(Object.entries(spec.paths as Json).reverse()),
    };
    expect(emitCliCommands(model(reversed))).toEqual(emitCliCommands(model(spec)));
  });

  it("gives every operation of the real spec a command, in twelve lazily loaded groups", () => {
    const { files, counts } = emitCliCommands(model(realSpec()));
    expect(counts).toEqual({ commands: 74, groups: 12 });
    const index = files.find((f) => f.path === "packages/cli/src/commands.gen.ts")?.contents ?? "";
    expect(index.match(/load: \(\) => import\(/g)).toHaveLength(12);
    expect(files.map((f) => f.path)).toContain("packages/cli/src/commands/physical-devices.gen.ts");
  });

  it("derives the issue's example commands from the real spec", () => {
    const read = model(realSpec());
    const ops = collectCliOperations(read);
    const byWords = (words: string) => {
      const op = ops.find((o) => commandWords(o).join(" ") === words);
      if (!op) throw new Error(`no command ${words}`);
      return transformOperation(read.document, op, ops);
    };
    const create = byWords("posture create");
    expect(create.flags.find((f) => f.flag === "name")).toMatchObject({
      type: "string",
      required: true,
    });
    expect(create.flags.find((f) => f.flag === "type")?.enum).toContain("disk_encryption");
    expect(create.flags.find((f) => f.flag === "input")).toMatchObject({ type: "json" });
    expect(byWords("policies default excludes update").body).toEqual({
      kind: "array",
      required: true,
    });
    expect(byWords("registrations revoke").flags).toContainEqual(
      expect.objectContaining({ flag: "id", in: "query", array: true, required: true }),
    );
    expect(byWords("physical-devices list").flags.map((f) => f.flag)).toContain(
      "last-seen-user.email",
    );
    expect(byWords("settings reset").destructive).toBe(true);
    expect(byWords("devices list").deprecated).toBe(
      "use physical-devices list or registrations list",
    );
  });
});
