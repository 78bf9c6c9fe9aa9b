import { describe, expect, it } from "vitest";
import { createRouter } from "./_router.js";
import { routes } from "./routes.gen.js";

const router = createRouter(routes);
const A = "/accounts/acc";

describe("createRouter", () => {
  it.each([
    {
      given: ["GET", `${A}/devices/policy/exclude`],
      want: "getDefaultSplitTunnelExcludes",
      params: { account_id: "acc" },
    },
    {
      given: ["GET", `${A}/devices/policy/p1/exclude`],
      want: "getCustomSplitTunnelExcludes",
      params: { account_id: "acc", policy_id: "p1" },
    },
    {
      given: ["GET", `${A}/devices/policy/p1`],
      want: "getDeviceSettingsPolicy",
      params: { account_id: "acc", policy_id: "p1" },
    },
    {
      given: ["GET", `${A}/devices/physical-devices`],
      want: "listPhysicalDevices",
      params: { account_id: "acc" },
    },
    {
      given: ["GET", `${A}/devices/d1`],
      want: "getDevice",
      params: { account_id: "acc", device_id: "d1" },
    },
    {
      given: ["POST", `${A}/devices/registrations/revoke`],
      want: "revokeRegistrations",
      params: { account_id: "acc" },
    },
    // The literal `revoke` leads nowhere for this path, so the parameter takes the segment.
    {
      given: ["GET", `${A}/devices/revoke/override_codes`],
      want: "getDeviceOverrideCodes",
      params: { account_id: "acc", device_id: "revoke" },
    },
    {
      given: ["GET", `${A}/devices/settings/`],
      want: "getDeviceSettings",
      params: { account_id: "acc" },
    },
    {
      given: ["PATCH", "/zones/z%2F1/devices/policy/certificates"],
      want: "updateDeviceCertificateProvisioning",
      params: { zone_id: "z/1" },
    },
  ])("$given.0 $given.1 -> $want", ({ given, want, params }) => {
    const result = router.match(given[0] as string, given[1] as string);
    if (result.kind !== "match") throw new Error(`no match: ${result.kind}`);
    expect(result.match.operationId).toBe(want);
    expect(result.match.params).toEqual(params);
  });

  it("answers a wrong method with the methods the path allows", () => {
    expect(router.match("PATCH", `${A}/devices/posture`)).toEqual({
      kind: "method",
      allowed: ["GET", "POST"],
    });
  });

  it.each([`${A}/devices/nothing/here/at/all`, "/accounts", "/", `${A}/devices/posture//`])(
    "places nothing at %s",
    (path) => expect(router.match("GET", path)).toEqual({ kind: "none" }),
  );

  // Paths a foreign spec may have: a parameter sharing its segment with text or with another
  // parameter, and a path written with a trailing slash.
  it.each([
    { given: "/files/report.json", want: "file", params: { name: "report" } },
    { given: "/files/a.b.json", want: "file", params: { name: "a.b" } },
    { given: "/ranges/1-5", want: "range", params: { from: "1", to: "5" } },
    { given: "/ranges/1-5-9", want: "range", params: { from: "1", to: "5-9" } },
    { given: "/trailing/", want: "trailing", params: {} },
    { given: "/trailing", want: "trailing", params: {} },
    { given: "/files/x", want: "fileById", params: { id: "x" } },
  ])("places $given in a segment with text around its parameters", ({ given, want, params }) => {
    const route = (path: string) => ({ ...routes.listDevices, path });
    const odd = createRouter({
      file: route("/files/{name}.json"),
      fileById: route("/files/{id}"),
      range: route("/ranges/{from}-{to}"),
      trailing: route("/trailing/"),
    });
    const result = odd.match("GET", given);
    if (result.kind !== "match") throw new Error(`no match: ${result.kind}`);
    expect([result.match.operationId, result.match.params]).toEqual([want, params]);
    expect(odd.match("GET", "/ranges/15")).toEqual({ kind: "none" });
  });

  it("refuses a route table that routes one method and path twice", () => {
    const route = routes.listDevices;
    expect(() => createRouter({ a: route, b: route })).toThrow(
      "GET /accounts/{account_id}/devices is routed twice (b)",
    );
  });
});
