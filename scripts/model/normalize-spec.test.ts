import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { OpenApiDocument } from "./document.js";
import { camelOf, identifierOf, renameAll } from "./identifier-of.js";
import { normalizeSpec, SpecError } from "./normalize-spec.js";

const repo = join(import.meta.dirname, "../..");
const fixture = (name: string): OpenApiDocument =>
  parse(readFileSync(join(repo, `spec/fixtures/foreign/${name}.yaml`), "utf8"));
// biome-ignore lint/suspicious/noExplicitAny: the tests read the rewritten document loosely.
type Json = Record<string, any>;

describe("identifierOf", () => {
  it.each([
    { given: "listDevices", want: "listDevices" },
    { given: "aaa_account-id", want: "aaa_accountId" },
    { given: "accounts-list-accounts", want: "accountsListAccounts" },
    { given: "billing-profile-(-deprecated)-details", want: "billingProfileDeprecatedDetails" },
    { given: "teams-devices_device-posture-rule", want: "teamsDevices_devicePostureRule" },
    { given: "1password-check", want: "_1passwordCheck" },
    { given: "delete", want: "delete_" },
    { given: "-", want: "_" },
  ])("$given → $want", ({ given, want }) => expect(identifierOf(given)).toBe(want));
});

describe("camelOf", () => {
  it.each([
    { given: "Access applications", want: "accessApplications" },
    { given: "IP Access rules", want: "ipAccessRules" },
    { given: "DNS Records", want: "dnsRecords" },
    { given: "1.1.1.1", want: "n1111" },
  ])("$given → $want", ({ given, want }) => expect(camelOf(given)).toBe(want));
});

describe("renameAll", () => {
  it("keeps identifiers and numbers what would clash as an identifier or a file name", () => {
    const renamed = renameAll(["a-b", "aB", "x-y", "x_y"]);
    expect(Object.fromEntries(renamed)).toEqual({
      aB: "aB",
      "a-b": "aB_2",
      x_y: "x_y",
      "x-y": "xY_2",
    });
  });
});

describe("normalizeSpec", () => {
  it("returns the project's own kind of spec as it is", () => {
    const spec = fixture("openapi-3.1");
    const ours = normalizeSpec(normalizeSpec(spec));
    expect(normalizeSpec(ours)).toBe(ours);
  });

  it("renames schemas and operationIds to identifiers, $refs following", () => {
    const out = normalizeSpec(fixture("openapi-3.0")) as Json;
    expect(Object.keys(out.components.schemas)).toEqual([
      "shared_accountId",
      "shared_apiResponse",
      "fleet_device",
      "fleet_owner",
    ]);
    const list = out.paths["/accounts/{account_id}/fleet-devices"];
    expect(list.parameters[0].schema.$ref).toBe("#/components/schemas/shared_accountId");
    expect(list.get.responses["200"].content["application/json"].schema.allOf[0].$ref).toBe(
      "#/components/schemas/shared_apiResponse",
    );
    const ids = Object.values(out.paths as Record<string, Json>).flatMap((item) =>
      ["get", "post"].filter((m) => item[m]).map((m) => item[m].operationId),
    );
    expect(ids).toEqual([
      "fleetDevicesListDevices",
      "fleetDevicesBetaCreateDevice",
      "getAccountsAccount_idFleetDevicesDevice_id",
    ]);
  });

  it("writes nullable and boolean exclusive limits as OpenAPI 3.1 does", () => {
    const out = normalizeSpec(fixture("openapi-3.0")) as Json;
    const device = out.components.schemas.fleet_device;
    expect(device.properties.name).toEqual({ type: ["string", "null"] });
    expect(device.properties.kind).toEqual({
      type: ["string", "null"],
      enum: ["laptop", "phone", null],
    });
    expect(device.properties.owner).toEqual({
      anyOf: [{ allOf: [{ $ref: "#/components/schemas/fleet_owner" }] }, { type: "null" }],
    });
    // A property named `nullable` is a property, not the keyword.
    expect(device.properties.nullable).toEqual({ type: "boolean" });
    const perPage = out.paths["/accounts/{account_id}/fleet-devices"].get.parameters[0].schema;
    expect(perPage).toEqual({ type: "integer", exclusiveMinimum: 0, maximum: 100 });
  });

  it("leaves values carried as data as they are: examples, defaults, extensions", () => {
    const spec = fixture("openapi-3.0") as Json;
    const data = { $ref: "#/components/schemas/shared_account-id", nullable: true, type: "string" };
    const device = spec.components.schemas.fleet_device;
    device.example = data;
    device.default = data;
    device["x-sample"] = data;
    device.properties.example = { type: "string", nullable: true };
    const out = normalizeSpec(spec as OpenApiDocument) as Json;
    const written = out.components.schemas.fleet_device;
    expect([written.example, written.default, written["x-sample"]]).toEqual([data, data, data]);
    // A property named `example` is a schema all the same.
    expect(written.properties.example).toEqual({ type: ["string", "null"] });
  });

  it("places operations by tag and operationId; the spec's own extensions win", () => {
    const placed = (doc: OpenApiDocument) =>
      Object.values(normalizeSpec(doc).paths).flatMap((item: Json) =>
        ["get", "post"]
          .filter((m) => item[m])
          .map((m) => `${item[m]["x-resource"]}.${item[m]["x-method"]}`),
      );
    expect(placed(fixture("openapi-3.0"))).toEqual([
      "fleetDevices.listDevices",
      "fleetDevices.betaCreateDevice",
      "fleetDevices.getAccountsAccountIdFleetDevicesDeviceId",
    ]);
    expect(placed(fixture("openapi-3.1"))).toEqual([
      "dnsRecords.list",
      "dns.records.add",
      "settings.zoneSettingsGet",
    ]);
  });

  it.each([
    {
      change: (d: Json) => (d.openapi = "2.0"),
      want: '/openapi: the generators take OpenAPI 3.0 and 3.1; got "2.0"',
    },
    {
      change: (d: Json) =>
        (d.paths["/zones/{zone_id}/settings"].get.operationId = "dns-records-list"),
      want: '/paths/~1zones~1{zone_id}~1settings/get/operationId: "dns-records-list" is also the operationId of /paths/~1zones~1{zone_id}~1dns-records/get',
    },
    {
      change: (d: Json) => (d.paths["/zones/{zone_id}/settings"].get = "nothing"),
      want: "/paths/~1zones~1{zone_id}~1settings/get: must be an operation object",
    },
  ])("refuses what cannot be generated, naming where: $want", ({ change, want }) => {
    const doc = fixture("openapi-3.1") as Json;
    change(doc);
    expect(() => normalizeSpec(doc as OpenApiDocument)).toThrow(new SpecError(want));
  });
});
