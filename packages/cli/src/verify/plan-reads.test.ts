import { describe, expect, it } from "vitest";
import { groups } from "../commands.gen.js";
import { idFor, planReads } from "./plan-reads.js";
import { readOperations } from "./read-operations.js";

describe("planReads", () => {
  it("plans every GET operation of the spec, each get by id fed by a list", async () => {
    const reads = await readOperations(groups);
    const plan = planReads(reads);
    expect(plan.map((read) => read.operation.operationId).sort()).toEqual(
      reads.map((op) => op.operationId).sort(),
    );
    const sources = Object.fromEntries(
      plan.filter((r) => r.source).map((r) => [r.operation.operationId, r.source?.list]),
    );
    expect(sources).toMatchObject({
      getPostureRule: "listPostureRules",
      getCustomSplitTunnelExcludes: "listDeviceSettingsPolicies",
      getDeviceOverrideCodes: "listDevices",
      getRegistrationOverrideCodes: "listRegistrations",
      getFleetStatusLive: "listPhysicalDevices",
    });
    // Lists come before the gets they feed.
    const order = plan.map((read) => read.operation.operationId);
    expect(order.indexOf("listPostureRules")).toBeLessThan(order.indexOf("getPostureRule"));
    const fleet = plan.find((r) => r.operation.operationId === "getFleetStatusLive");
    expect(fleet?.query).toEqual({ since_minutes: 10 });
  });

  it("refuses an operation it cannot feed, instead of skipping it", () => {
    const orphan = {
      operationId: "getWidget",
      path: "/accounts/{account_id}/widgets/{widget_id}",
      call: "widgets.get",
      scope: "account_id" as const,
      params: ["widget_id"],
      requiredQuery: [],
      list: false,
    };
    expect(() => planReads([orphan])).toThrow("getWidget: no list operation gives its widget_id");
    const needsQuery = { ...orphan, params: [], requiredQuery: ["colour"], call: "widgets.list" };
    expect(() => planReads([needsQuery])).toThrow("required query parameter colour");
  });
});

describe("idFor", () => {
  it.each([
    { record: { policy_id: "p1", name: "x" }, param: "policy_id", want: "p1" },
    { record: { test_id: "t1", name: "x" }, param: "dex_test_id", want: "t1" },
    { record: { id: "r1", network_id: "n1" }, param: "rule_id", want: "r1" },
    { record: { id: "d1" }, param: "device_id", want: "d1" },
    { record: { name: "no id" }, param: "device_id", want: undefined },
    { record: null, param: "device_id", want: undefined },
  ])("$param of $record is $want", ({ record, param, want }) => {
    expect(idFor(record, param)).toBe(want);
  });
});
