import {
  type OperationEntry,
  operationTable,
  readOperationEntry,
} from "@zt-devices/types/operations";
import { describe, expect, it } from "vitest";
import { prepareOperation } from "./operation.js";

describe("prepareOperation", () => {
  const cases: { given: OperationEntry; want: Record<string, unknown> }[] = [
    {
      given: ["group.method", "GET", "/things/{constructor}/{toString}"],
      want: {
        segments: ["/things/", "constructor", "/", "toString", ""],
        positional: ["constructor", "toString"],
        body: false,
        pagination: undefined,
        envelope: true,
      },
    },
    {
      given: ["group.method", "GET", "/accounts/{account_id}/devices/posture", "p"],
      want: {
        segments: ["/accounts/", "account_id", "/devices/posture"],
        positional: [],
        body: false,
        pagination: "page",
        envelope: true,
      },
    },
    {
      given: [
        "group.method",
        "PUT",
        "/accounts/{account_id}/devices/policy/{policy_id}/exclude",
        "b",
      ],
      want: {
        segments: ["/accounts/", "account_id", "/devices/policy/", "policy_id", "/exclude"],
        positional: ["policy_id"],
        body: true,
        pagination: undefined,
      },
    },
    {
      given: [
        "group.method",
        "GET",
        "/accounts/{account_id}/dex/devices/{device_id}/fleet-status/live",
        "e",
      ],
      want: { positional: ["device_id"], envelope: false },
    },
    {
      given: ["group.method", "GET", "/zones/{zone_id}/devices/policy/certificates"],
      want: { positional: [], body: false, pagination: undefined, envelope: true },
    },
    {
      given: ["group.method", "GET", "/accounts/{account_id}/devices/physical-devices", "c"],
      want: { pagination: "cursor" },
    },
  ];
  it.each(cases)("$given", ({ given, want }) => {
    expect(prepareOperation("someOperation", given)).toMatchObject({
      id: "someOperation",
      name: "group.method",
      method: given[1],
      path: given[2],
      ...want,
    });
  });
});

describe("prepareOperation and the shared table's readOperationEntry", () => {
  it.each(Object.entries(operationTable))("read %s alike", (id, entry) => {
    const { optionalBody: _, ...facts } = readOperationEntry(entry);
    expect(prepareOperation(id, entry)).toMatchObject({ id, ...facts });
  });
});
