import type { components } from "@zt-devices/types";
import { describe, expectTypeOf, it } from "vitest";
import type { ApiPromise, Exchange } from "../src/api-promise.js";
import { createClient } from "../src/client.js";
import type { PagePromise } from "../src/page-promise.js";
import type { Page } from "../src/pagination.js";
import { createRawClient } from "../src/raw-client.js";

type Schemas = components["schemas"];
const zt = createClient({ apiToken: "t", accountId: "a" });

describe("results", () => {
  it("are the envelope's result, precisely", () => {
    expectTypeOf(zt.posture.get("r")).resolves.toEqualTypeOf<Schemas["DevicePostureRule"]>();
    expectTypeOf(zt.policies.default.excludes.get()).resolves.toEqualTypeOf<
      Schemas["SplitTunnelExclude"][]
    >();
    expectTypeOf(zt.policies.default.certificates.get()).resolves.toEqualTypeOf<{
      enabled: boolean;
    }>();
  });

  it("keep unions discriminated", async () => {
    const rule = await zt.posture.get("r");
    if (rule.type === "file")
      expectTypeOf(rule.input).toEqualTypeOf<Schemas["FileInput"] | undefined>();
    if (rule.type === "disk_encryption") {
      expectTypeOf(rule.input).toEqualTypeOf<Schemas["DiskEncryptionInput"] | undefined>();
    }
    const [entry] = await zt.policies.default.excludes.get();
    if (entry?.address !== undefined) {
      expectTypeOf(entry).toEqualTypeOf<Schemas["ExcludeSplitTunnelWithAddress"]>();
    }
  });

  it("are the bare body for operations without an envelope", () => {
    expectTypeOf(zt.fleetStatus.live("d", { since_minutes: 5 })).resolves.toEqualTypeOf<
      Schemas["FleetStatusLive"]
    >();
  });

  it("come with the envelope and Response from withResponse()", async () => {
    const { data, envelope, response } = await zt.posture.list().withResponse();
    expectTypeOf(data).toEqualTypeOf<Schemas["DevicePostureRule"][]>();
    expectTypeOf(envelope.errors).toEqualTypeOf<Schemas["ResponseInfo"][]>();
    expectTypeOf(response).toEqualTypeOf<Response>();
  });

  it("of paginated lists iterate items and pages", () => {
    const list = zt.physicalDevices.list({ per_page: 50 });
    expectTypeOf(list).toMatchTypeOf<AsyncIterable<Schemas["PhysicalDevice"]>>();
    expectTypeOf(list).resolves.toEqualTypeOf<Schemas["PhysicalDevice"][]>();
    expectTypeOf(list.pages()).toMatchTypeOf<
      AsyncIterable<Page<Schemas["PhysicalDevice"], unknown>>
    >();
    expectTypeOf(list).toMatchTypeOf<PagePromise<Schemas["PhysicalDevice"], unknown>>();
    expectTypeOf(zt.posture.list()).toMatchTypeOf<ApiPromise<Schemas["DevicePostureRule"][]>>();
    expectTypeOf(zt.posture.list().withResponse()).resolves.toMatchTypeOf<Exchange>();
  });
});

describe("arguments", () => {
  it("accept what the spec allows", () => {
    zt.posture.create({ name: "Disk", type: "disk_encryption", input: { requireAll: true } });
    zt.posture.create({
      name: "File",
      type: "file",
      input: { path: "/x", operating_system: "mac" },
    });
    zt.policies.custom.excludes.update("p", [{ address: "10.0.0.0/8" }, { host: "example.com" }]);
    zt.registrations.revoke({ id: ["a", "b"] });
    zt.registrations.revoke({ id: ["a"], account_id: "other" }, { timeoutMs: 5, maxRetries: 0 });
    zt.physicalDevices.list({ "last_seen_user.email": "a@b.c", sort_by: "name" });
  });

  it("reject a wrong body", () => {
    // @ts-expect-error: name is required
    zt.posture.create({ type: "disk_encryption" });
    // @ts-expect-error: a file rule's input has no requireAll
    zt.posture.create({ name: "F", type: "file", input: { requireAll: true } });
    // @ts-expect-error: a split tunnel list is an array of entries
    zt.policies.default.excludes.update({ address: "10.0.0.0/8" });
    // @ts-expect-error: entries need an address or a host
    zt.policies.default.excludes.update([{ description: "nothing" }]);
  });

  it("reject an unknown enum value", () => {
    // @ts-expect-error: not a posture rule type
    zt.posture.create({ name: "X", type: "bogus" });
    // @ts-expect-error: not a sort key
    zt.physicalDevices.list({ sort_by: "colour" });
  });

  it("reject a missing required parameter", () => {
    // @ts-expect-error: id is required
    zt.registrations.revoke();
    // @ts-expect-error: id is required
    zt.registrations.revoke({});
    // @ts-expect-error: since_minutes is required
    zt.fleetStatus.live("d");
    // @ts-expect-error: the rule id is required
    zt.posture.get();
    // @ts-expect-error: unknown query parameter
    zt.posture.list({ colour: "red" });
    // @ts-expect-error: unknown call option
    zt.posture.list(undefined, { retries: 3 });
  });
});

describe("raw client", () => {
  const raw = createRawClient({ apiToken: "t", accountId: "a" });

  it("makes account_id optional and keeps other path parameters required", () => {
    raw.GET("/accounts/{account_id}/devices/posture");
    raw.GET("/accounts/{account_id}/devices/posture/{rule_id}", {
      params: { path: { rule_id: "r" } },
    });
    // @ts-expect-error: rule_id is required
    raw.GET("/accounts/{account_id}/devices/posture/{rule_id}", { params: { path: {} } });
    // @ts-expect-error: not a path of the API
    raw.GET("/accounts/{account_id}/nothing");
  });

  it("types data from the spec", async () => {
    const { data } = await raw.GET("/accounts/{account_id}/devices/posture");
    expectTypeOf<NonNullable<typeof data>["result"]>().toMatchTypeOf<
      Schemas["DevicePostureRule"][]
    >();
    expectTypeOf<Schemas["DevicePostureRule"][]>().toMatchTypeOf<
      NonNullable<typeof data>["result"]
    >();
  });
});
