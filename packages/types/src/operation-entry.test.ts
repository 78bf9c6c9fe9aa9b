import { describe, expect, it } from "vitest";
import { type OperationEntry, readOperationEntry, scopeParameterOf } from "./operation-entry.js";
import { operationTable } from "./operations.gen.js";

describe("readOperationEntry", () => {
  const path = "/accounts/{account_id}/devices/posture";
  it.each<{ given: OperationEntry; want: object }>([
    {
      given: ["posture.list", "GET", path],
      want: { body: false, optionalBody: false, pagination: undefined, envelope: true },
    },
    { given: ["posture.create", "POST", path, "b"], want: { body: true, optionalBody: false } },
    { given: ["posture.edit", "PATCH", path, "bo"], want: { body: true, optionalBody: true } },
    { given: ["posture.list", "GET", path, "p"], want: { pagination: "page" } },
    { given: ["posture.list", "GET", path, "c"], want: { pagination: "cursor" } },
    { given: ["fleet.live", "GET", path, "e"], want: { envelope: false, body: false } },
  ])("$given", ({ given, want }) => {
    expect(readOperationEntry(given)).toEqual(
      expect.objectContaining({ name: given[0], method: given[1], path: given[2], ...want }),
    );
  });

  it("reads the table's entries: listPhysicalDevices is a cursor list", () => {
    expect(readOperationEntry(operationTable.listPhysicalDevices)).toMatchObject({
      name: "physicalDevices.list",
      pagination: "cursor",
    });
  });
});

describe("scopeParameterOf", () => {
  it.each([
    { given: "/accounts/{account_id}/devices", want: "account_id" },
    { given: "/zones/{zone_id}/devices/policy/certificates", want: "zone_id" },
    { given: "/things/{thing_id}/accounts/{account_id}", want: "account_id" },
    { given: "/things/{account_idx}", want: undefined },
    { given: "/ping", want: undefined },
  ])("$given -> $want", ({ given, want }) => expect(scopeParameterOf(given)).toBe(want));
});
