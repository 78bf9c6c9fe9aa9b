import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { OpenAPI3 as OpenAPIObject } from "openapi-typescript";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { readBundledSpec } from "../../generate/read-bundled-spec.js";
import { collectResourceOperations } from "./resource-operations.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));

function loadFixture(): OpenAPIObject {
  return parse(
    readFileSync(`${root}spec/fixtures/client-resources/devices.yaml`, "utf8"),
  ) as OpenAPIObject;
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

describe("collectResourceOperations", () => {
  it("reads groups, positional parameters, bodies, pagination and envelopes from the fixture", () => {
    const ops = collectResourceOperations(loadFixture());
    const byId = Object.fromEntries(ops.map((o) => [o.operationId, o]));
    expect(ops).toHaveLength(13);
    expect(byId.setCustomSplitTunnelExcludes).toMatchObject({
      resource: ["policies", "custom", "excludes"],
      name: "set",
      positional: [{ name: "policy_id", arg: "policyId" }],
      body: "required",
      envelope: true,
    });
    expect(byId.listPhysicalDevices).toMatchObject({ pagination: "cursor", paramsRequired: false });
    expect(byId.revokeRegistrations).toMatchObject({ body: undefined, paramsRequired: true });
    expect(byId.getFleetStatusLive).toMatchObject({ envelope: false, paramsRequired: true });
    expect(byId.getZoneCertificateSettings?.positional).toEqual([]);
  });

  it("reads the envelope by the model's rule: a success answer that declares `success`", () => {
    const bare = { content: { "application/json": { schema: { type: "object" } } } };
    const wrapped = {
      content: {
        "application/json": {
          schema: { type: "object", properties: { success: {}, result: { type: "string" } } },
        },
      },
    };
    const envelopeOf = (ok: object) =>
      collectResourceOperations(specWith({ responses: { "201": ok } }))[0]?.envelope;
    expect(envelopeOf(bare)).toBe(false);
    expect(envelopeOf(wrapped)).toBe(true);
  });

  const failures: { given: Record<string, unknown>; want: string; path?: string }[] = [
    {
      given: { "x-resource": "Devices" },
      want: "/paths/~1accounts~1{account_id}~1devices/get: x-resource must be a dotted path",
    },
    {
      given: { "x-pagination": "offset" },
      want: 'x-pagination must be "page" or "cursor"; got "offset"',
    },
    {
      given: { "x-pagination": "cursor" },
      want: '/paths/~1accounts~1{account_id}~1devices/get: x-pagination: cursor needs a "cursor" query parameter',
    },
    {
      given: { requestBody: { content: { "text/plain": {} } } },
      want: "/paths/~1accounts~1{account_id}~1devices/get/requestBody: only application/json request bodies can be sent",
    },
    {
      given: { parameters: [{ name: "x-token", in: "header", required: true }] },
      want: "required header parameter x-token cannot be passed by the client",
    },
    {
      given: {},
      path: "/accounts/{account_id}/devices/{id}",
      want: "path parameter id is not declared",
    },
    {
      given: { parameters: [{ name: "device_id", in: "path", required: true }] },
      want: "path parameter device_id is declared but not in the path",
    },
    {
      given: { parameters: [{ name: "class", in: "path", required: true }] },
      path: "/accounts/{account_id}/devices/{class}",
      want: "path parameter class does not make a usable argument name (class)",
    },
    {
      given: { parameters: [{ $ref: "#/components/parameters/nope" }] },
      want: "$ref #/components/parameters/nope points to nothing",
    },
  ];
  it.each(failures)("rejects: $want", ({ given, want, path }) => {
    expect(() => collectResourceOperations(specWith(given, path))).toThrow(want);
  });

  it("rejects two operations claiming the same method", () => {
    const spec = specWith({});
    const item = spec.paths?.["/accounts/{account_id}/devices"] as Record<string, unknown>;
    item.post = { ...(item.get as object), operationId: "createDevice" };
    expect(() => collectResourceOperations(spec)).toThrow(
      "/paths/~1accounts~1{account_id}~1devices/post: devices.list is claimed by both listDevices",
    );
  });
});

describe("collectResourceOperations on the real spec", () => {
  const spec = () => readBundledSpec<OpenAPIObject>();

  it("gives every operation a method, and reads pagination and envelopes as documented", () => {
    const ops = collectResourceOperations(spec());
    const count = Object.values(spec().paths ?? {}).reduce(
      (n, item) => n + Object.keys(item ?? {}).filter((k) => k !== "parameters").length,
      0,
    );
    expect(ops).toHaveLength(count);
    const named = (name: string) => ops.find((o) => [...o.resource, o.name].join(".") === name);
    expect(named("physicalDevices.list")).toMatchObject({ pagination: "cursor", envelope: true });
    expect(named("registrations.list")).toMatchObject({ pagination: "cursor" });
    expect(named("registrations.revoke")).toMatchObject({ body: undefined, paramsRequired: true });
    expect(named("fleetStatus.live")).toMatchObject({ envelope: false, paramsRequired: true });
    expect(named("policies.default.excludes.update")).toMatchObject({ body: "required" });
    expect(named("policies.custom.excludes.update")?.positional).toEqual([
      { name: "policy_id", arg: "policyId" },
    ]);
    expect(named("policies.default.certificates.get")?.path).toBe(
      "/zones/{zone_id}/devices/policy/certificates",
    );
  });
});
