import { describe, expect, it } from "vitest";
import { type Descriptor, prepareOperation } from "./operation.js";

describe("prepareOperation", () => {
  const cases: { given: Descriptor; want: Record<string, unknown> }[] = [
    {
      given: ["GET", "/accounts/{account_id}/devices/posture", "p"],
      want: {
        segments: ["/accounts/", "account_id", "/devices/posture"],
        positional: [],
        body: false,
        pagination: "page",
        envelope: true,
      },
    },
    {
      given: ["PUT", "/accounts/{account_id}/devices/policy/{policy_id}/exclude", "b"],
      want: {
        segments: ["/accounts/", "account_id", "/devices/policy/", "policy_id", "/exclude"],
        positional: ["policy_id"],
        body: true,
        pagination: undefined,
      },
    },
    {
      given: ["GET", "/accounts/{account_id}/dex/devices/{device_id}/fleet-status/live", "e"],
      want: { positional: ["device_id"], envelope: false },
    },
    {
      given: ["GET", "/zones/{zone_id}/devices/policy/certificates"],
      want: { positional: [], body: false, pagination: undefined, envelope: true },
    },
    {
      given: ["GET", "/accounts/{account_id}/devices/physical-devices", "c"],
      want: { pagination: "cursor" },
    },
  ];
  it.each(cases)("$given", ({ given, want }) => {
    expect(prepareOperation("group.method", given)).toMatchObject({
      name: "group.method",
      method: given[0],
      path: given[1],
      ...want,
    });
  });
});
