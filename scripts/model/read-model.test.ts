import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { coercionOf } from "./coercion.js";
import { type OpenApiDocument, SpecError } from "./document.js";
import { envelopeOf } from "./envelope.js";
import { readModel } from "./read-model.js";
import { resolve } from "./resolve-ref.js";
import { scopeOf } from "./scope.js";

const repo = join(import.meta.dirname, "../..");
const fixture = (name: string): OpenApiDocument =>
  parse(readFileSync(join(repo, `spec/fixtures/${name}.yaml`), "utf8"));
// biome-ignore lint/suspicious/noExplicitAny: the tests change fixtures loosely.
type Json = Record<string, any>;

const doc = {
  components: {
    schemas: {
      Envelope: { type: "object", properties: { success: { type: "boolean" }, result: {} } },
      Wrapped: {
        allOf: [
          { $ref: "#/components/schemas/Envelope" },
          { properties: { result: { type: "string" } } },
        ],
      },
      Alias: { $ref: "#/components/schemas/Wrapped" },
      Loop: { $ref: "#/components/schemas/Loop" },
      Count: { type: "integer" },
    },
  },
};

describe("envelopeOf: the one rule for the { success, result } envelope", () => {
  it.each([
    { given: undefined, want: { enveloped: false, result: undefined } },
    { given: { type: "object" }, want: { enveloped: false, result: { type: "object" } } },
    {
      given: { properties: { result: { type: "string" } } },
      want: { enveloped: false, result: { properties: { result: { type: "string" } } } },
    },
    { given: { $ref: "#/components/schemas/Envelope" }, want: { enveloped: true, result: {} } },
    {
      given: { $ref: "#/components/schemas/Alias" },
      want: { enveloped: true, result: { type: "string" } },
    },
  ])("$given", ({ given, want }) => expect(envelopeOf(doc, given)).toEqual(want));
});

describe("coercionOf: the one wire coercion", () => {
  it.each([
    { given: { type: "string" }, want: { type: "string", array: false } },
    { given: { type: ["integer", "null"] }, want: { type: "integer", array: false } },
    { given: { type: ["null", "boolean"] }, want: { type: "boolean", array: false } },
    { given: { enum: ["a", "b"] }, want: { type: "string", array: false } },
    { given: { $ref: "#/components/schemas/Count" }, want: { type: "integer", array: false } },
    { given: { type: "array", items: { type: "number" } }, want: { type: "number", array: true } },
    { given: { type: "array" }, want: { type: "string", array: true } },
  ])("$given", ({ given, want }) => expect(coercionOf(doc, given)).toEqual(want));
});

describe("scopeOf", () => {
  it.each([
    { given: "/accounts/{account_id}/devices", want: "account" },
    { given: "/zones/{zone_id}/settings", want: "zone" },
    { given: "/user/tokens", want: undefined },
  ])("$given", ({ given, want }) => expect(scopeOf(given)).toBe(want));
});

describe("resolve: the one $ref resolver", () => {
  it("follows a chain of references", () => {
    expect(resolve(doc, { $ref: "#/components/schemas/Count" })).toEqual({ type: "integer" });
  });
  it.each([
    {
      given: "#/components/schemas/Nope",
      want: "$ref #/components/schemas/Nope points to nothing",
    },
    { given: "other.yaml#/Thing", want: "cannot resolve $ref other.yaml#/Thing: only local" },
    { given: "#/components/schemas/Loop", want: "a cycle of references" },
  ])("refuses $given", ({ given, want }) => {
    expect(() => resolve(doc, { $ref: given })).toThrow(want);
  });
});

describe("readModel on a foreign OpenAPI 3.0 spec", () => {
  const model = readModel(fixture("foreign/openapi-3.0"));

  it("reads every operation once, HEAD included, placed by tag and operationId", () => {
    expect(
      model.operations.map((op) => [
        op.method,
        op.id,
        [...op.resource, op.name].join("."),
        op.scope,
      ]),
    ).toEqual([
      ["get", "fleetDevicesListDevices", "fleetDevices.listDevices", "account"],
      ["post", "fleetDevicesBetaCreateDevice", "fleetDevices.betaCreateDevice", "account"],
      [
        "get",
        "getAccountsAccount_idFleetDevicesDevice_id",
        "fleetDevices.getAccountsAccountIdFleetDevicesDeviceId",
        "account",
      ],
      ["head", "fleetDevicesDeviceExists", "fleetDevices.deviceExists", "account"],
    ]);
  });

  it("merges path item and operation parameters, each with its wire coercion", () => {
    const head = model.operations.find((op) => op.method === "head");
    expect(head?.parameters.map((p) => [p.in, p.name, p.required, p.coercion])).toEqual([
      ["path", "account_id", true, { type: "string", array: false }],
      ["path", "device_id", true, { type: "string", array: false }],
      ["query", "fields", false, { type: "integer", array: true }],
    ]);
    expect(head?.ok).toMatchObject({ status: "204", schema: undefined, enveloped: false });
    expect(head?.answers.map((a) => a.status)).toEqual(["204", "404"]);
  });

  it("reads answers with the envelope rule and names in schemas as identifiers", () => {
    const [list, create] = model.operations;
    expect(list?.ok).toMatchObject({ status: "200", enveloped: true });
    expect(list?.ok?.result).toEqual({
      type: "array",
      items: { $ref: "#/components/schemas/fleet_device" },
    });
    expect(create?.ok?.enveloped).toBe(false);
    expect(create?.body).toMatchObject({ required: true, media: "application/json" });
    expect([...model.schemas.keys()]).toEqual([
      "shared_accountId",
      "shared_apiResponse",
      "fleet_device",
      "fleet_owner",
    ]);
    expect(model.schemas.get("fleet_device")?.properties).toMatchObject({
      name: { type: ["string", "null"] },
    });
  });
});

describe("readModel refuses what cannot be generated, naming its JSON pointer", () => {
  const things = (op: Json, extra: Json = {}): OpenApiDocument => ({
    openapi: "3.1.0",
    paths: { "/things/{id}": { get: { operationId: "getThing", ...op }, ...extra } },
  });
  const id = { name: "id", in: "path", required: true, schema: { type: "string" } };
  const answer = (schema: Json) => ({
    parameters: [id],
    responses: { "200": { description: "ok", content: { "application/json": { schema } } } },
  });
  it.each([
    {
      given: things(answer({ $ref: "#/components/schemas/Nope" })),
      want: "/paths/~1things~1{id}/get/responses/200/content/application~1json/schema: $ref #/components/schemas/Nope points to nothing",
    },
    {
      given: things(answer({ items: [{ $ref: "other.yaml#/Thing" }] })),
      want: "/paths/~1things~1{id}/get/responses/200/content/application~1json/schema/items/0: cannot resolve $ref other.yaml#/Thing: only local references are read",
    },
    {
      given: {
        ...things(answer({ $ref: "#/components/schemas/A" })),
        components: {
          schemas: { A: { $ref: "#/components/schemas/B" }, B: { $ref: "#/components/schemas/A" } },
        },
      },
      want: "/paths/~1things~1{id}/get/responses/200/content/application~1json/schema: $ref #/components/schemas/A is a cycle of references",
    },
    { given: things({}), want: "/paths/~1things~1{id}/get: path parameter id is not declared" },
    {
      given: things({ parameters: [id, { in: "query" }] }),
      want: "/paths/~1things~1{id}/get/parameters/1: a parameter needs a name",
    },
    {
      given: things({ parameters: [id], "x-method": "Get-It" }),
      want: '/paths/~1things~1{id}/get: x-method must be a camelCase name; got "Get-It"',
    },
    {
      given: things(
        { parameters: [id], "x-resource": "things", "x-method": "get" },
        {
          put: {
            operationId: "putThing",
            parameters: [id],
            "x-resource": "things",
            "x-method": "get",
          },
        },
      ),
      want: "/paths/~1things~1{id}/put: things.get is claimed by both getThing (/paths/~1things~1{id}/get) and putThing",
    },
  ])("$want", ({ given, want }) => {
    expect(() => readModel(given)).toThrow(new SpecError(want));
  });
});

describe("readModel reads a $ref only where the document can hold one", () => {
  const dangling = { $ref: "#/components/schemas/Nope" };
  const spec = (media: Json, schema: Json = {}): OpenApiDocument => ({
    openapi: "3.1.0",
    paths: {
      "/things": {
        get: {
          operationId: "listThings",
          responses: {
            "200": {
              description: "ok",
              content: { "application/json": { schema: { type: "object", ...schema }, ...media } },
            },
          },
        },
      },
    },
  });

  it.each([
    { where: "a media type's example", given: spec({ example: { meta: dangling } }) },
    { where: "an example object's value", given: spec({ examples: { one: { value: dangling } } }) },
    { where: "an extension", given: spec({ "x-sample": [dangling] }) },
    { where: "a schema's examples", given: spec({}, { examples: [dangling] }) },
    { where: "a schema's default", given: spec({}, { default: dangling }) },
    { where: "a schema's enum and const", given: spec({}, { enum: [dangling], const: dangling }) },
    {
      where: "an extension of the paths",
      given: {
        ...spec({}),
        paths: { ...spec({}).paths, "x-internal": { get: dangling }, "x-order": ["/things"] },
      } as unknown as OpenApiDocument,
    },
  ])("keeps a reference in $where as the data it is", ({ given }) => {
    expect(readModel(given).operations.map((op) => op.id)).toEqual(["listThings"]);
  });

  it.each([
    {
      where: "a property named example",
      given: spec({}, { properties: { example: dangling } }),
      want: "/schema/properties/example",
    },
    {
      where: "a named example that is a reference",
      given: spec({ examples: { one: dangling } }),
      want: "/examples/one",
    },
    {
      where: "a property named x-sample",
      given: spec({}, { properties: { "x-sample": { items: dangling } } }),
      want: "/schema/properties/x-sample/items",
    },
  ])("still refuses a dangling reference in $where", ({ given, want }) => {
    const media = "/paths/~1things/get/responses/200/content/application~1json";
    expect(() => readModel(given)).toThrow(
      new SpecError(`${media}${want}: $ref #/components/schemas/Nope points to nothing`),
    );
  });
});

describe("readModel on the project's own kind of spec", () => {
  it("keeps its names and placement, and reads the envelope of an allOf answer", () => {
    const model = readModel(fixture("union-envelope"));
    expect(
      model.operations.map((op) => [op.id, op.method, op.pagination, op.ok?.enveloped]),
    ).toEqual([
      ["listRules", "get", "page", true],
      ["setRules", "put", undefined, true],
    ]);
    expect(model.operations[0]?.parameters.map((p) => [p.name, p.coercion.array])).toEqual([
      ["account_id", false],
      ["id", true],
      ["owner.email", false],
    ]);
  });
});
