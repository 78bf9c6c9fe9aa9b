import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { ChangeClass, ChangeKind } from "./change.js";
import { diffSpecs } from "./diff-specs.js";

const fixtures = new URL("../../spec/fixtures/spec-diff/", import.meta.url);
const load = (name: string, side: "before" | "after"): unknown =>
  parse(readFileSync(new URL(`${name}/${side}.yaml`, fixtures), "utf8"));

const devices = "/paths/~1accounts~1{account_id}~1devices";
const device = "/paths/~1accounts~1{account_id}~1devices~1{device_id}";
const schemas = "/components/schemas";

const cases: { fixture: string; want: [ChangeClass, ChangeKind, string][] }[] = [
  {
    fixture: "breaking-operation-removed",
    want: [["breaking", "operation-removed", `${device}/patch`]],
  },
  {
    fixture: "breaking-response-field-removed",
    want: [["breaking", "property-removed", `${schemas}/Device/properties/os_version`]],
  },
  {
    fixture: "breaking-parameter-required",
    want: [["breaking", "parameter-required", `${devices}/get/parameters/0/required`]],
  },
  {
    fixture: "breaking-enum-value-removed",
    want: [["breaking", "enum-value-removed", `${schemas}/DeviceStatus/enum/2`]],
  },
  {
    fixture: "breaking-type-narrowed",
    want: [["breaking", "type-narrowed", `${schemas}/DeviceUpdate/properties/name/type`]],
  },
  {
    fixture: "breaking-operation-id-renamed",
    want: [["breaking", "operation-id-renamed", `${device}/get/operationId`]],
  },
  { fixture: "minor-operation-added", want: [["minor", "operation-added", `${device}/delete`]] },
  {
    fixture: "minor-optional-field-added",
    want: [["minor", "property-added", `${schemas}/DeviceUpdate/properties/tags`]],
  },
  {
    fixture: "minor-enum-value-added",
    want: [["minor", "enum-value-added", `${schemas}/DeviceStatus/enum/3`]],
  },
  {
    fixture: "patch-description-changed",
    want: [
      ["patch", "description-changed", `${schemas}/Device/properties/name/description`],
      ["patch", "description-changed", `${devices}/get/description`],
    ],
  },
  {
    fixture: "patch-example-changed",
    want: [
      ["patch", "example-changed", `${schemas}/Device/properties/name/examples`],
      ["patch", "example-changed", `${device}/patch/requestBody/content/application~1json/example`],
    ],
  },
  { fixture: "none", want: [] },
];

describe("diffSpecs on fixture pairs", () => {
  it.each(cases)("$fixture", ({ fixture, want }) => {
    const changes = diffSpecs(load(fixture, "before"), load(fixture, "after"));
    expect(changes.map((c) => [c.class, c.kind, c.pointer])).toEqual(want);
  });

  it("finds no change between a spec and itself", () => {
    expect(diffSpecs(load("none", "before"), load("none", "before"))).toEqual([]);
  });

  it("classifies the reverse of an addition as a removal", () => {
    const changes = diffSpecs(
      load("minor-operation-added", "after"),
      load("minor-operation-added", "before"),
    );
    expect(changes.map((c) => [c.class, c.kind])).toEqual([["breaking", "operation-removed"]]);
  });

  it("explains a narrowed request type in one line", () => {
    const [change] = diffSpecs(
      load("breaking-type-narrowed", "before"),
      load("breaking-type-narrowed", "after"),
    );
    expect(change?.message).toBe(
      "type of `name` in schema DeviceUpdate in the request body of updateDevice narrowed from null | string to string",
    );
  });
});
