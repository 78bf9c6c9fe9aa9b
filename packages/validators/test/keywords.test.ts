import { describe, expect, it } from "vitest";
import { ValidationError } from "../src/validation-error.js";
import { assertDevice, deviceValidator, isDevice } from "./fixtures/keywords/schemas/device.gen.js";
import { isNothing } from "./fixtures/keywords/schemas/nothing.gen.js";

const device = {
  id: "0b0f3e0e-2a4e-4b4b-9a1c-2f0e4f6a7b8c",
  name: "laptop",
  created: "2025-02-14T13:17:00Z",
  last_seen: null,
  email: "someone@example.com",
  homepage: "https://example.com/a?b=c",
  ipv4: "10.1.2.3",
  ipv6: "2001:db8::1",
  serial: "AB123",
  battery: 99.5,
  bytes: 12,
  status: "active",
  kind: "device",
  tags: ["a", "b"],
  example: true,
  mode: { name: "b" },
  "x-vendor": "kept as a property",
};

describe("keywords and formats", () => {
  it("accepts a value that uses every keyword", () => {
    expect(isDevice(device)).toBe(true);
    expect(assertDevice(device)).toBeUndefined();
    expect(deviceValidator.validate(device)).toEqual({ value: device });
  });

  it("counts maxLength in code points, as JSON Schema does", () => {
    expect(isDevice({ ...device, name: "😀😀😀😀😀😀😀😀" })).toBe(true);
    expect(isDevice({ ...device, name: "😀😀😀😀😀😀😀😀😀" })).toBe(false);
  });

  it.each([
    { field: "id", value: "not-a-uuid", keyword: "format", message: "/id must be a valid uuid" },
    {
      field: "name",
      value: "",
      keyword: "minLength",
      message: "/name must be at least 1 characters long",
    },
    {
      field: "created",
      value: "2025-02-30T00:00:00Z",
      keyword: "format",
      message: "/created must be a valid date-time",
    },
    {
      field: "last_seen",
      value: 5,
      keyword: "type",
      message: "/last_seen must be a string or null",
    },
    { field: "email", value: "nobody", keyword: "format", message: "/email must be a valid email" },
    {
      field: "homepage",
      value: "not a uri",
      keyword: "format",
      message: "/homepage must be a valid uri",
    },
    { field: "ipv4", value: "300.1.1.1", keyword: "format", message: "/ipv4 must be a valid ipv4" },
    {
      field: "ipv6",
      value: "2001:db8:::1",
      keyword: "format",
      message: "/ipv6 must be a valid ipv6",
    },
    {
      field: "serial",
      value: "ab1",
      keyword: "pattern",
      message: "/serial must match the pattern ^[A-Z]{2}[0-9]+$",
    },
    { field: "battery", value: 101, keyword: "maximum", message: "/battery must be <= 100" },
    { field: "bytes", value: 0, keyword: "exclusiveMinimum", message: "/bytes must be > 0" },
    { field: "bytes", value: "12", keyword: "type", message: "/bytes must be an integer" },
    {
      field: "status",
      value: "lost",
      keyword: "enum",
      message: "/status must be one of active, revoked",
    },
    { field: "kind", value: "phone", keyword: "const", message: "/kind must be device" },
    { field: "tags", value: [], keyword: "minItems", message: "/tags must have at least 1 items" },
    {
      field: "tags",
      value: ["a", "b", "c", "d"],
      keyword: "maxItems",
      message: "/tags must have at most 3 items",
    },
    {
      field: "tags",
      value: ["a", "a"],
      keyword: "uniqueItems",
      message: "/tags must not repeat items (items 0 and 1 are equal)",
    },
    {
      field: "mode",
      value: { name: "c" },
      keyword: "enum",
      message: '/mode must be one of {"name":"a"}, {"name":"b"}',
    },
    {
      field: "surplus",
      value: 1,
      keyword: "additionalProperties",
      message: "/surplus is not allowed",
    },
  ])("$field = $value fails $keyword", ({ field, value, keyword, message }) => {
    const given = { ...device, [field]: value };
    expect(isDevice(given)).toBe(false);
    expect(deviceValidator.validate(given)).toEqual({
      issues: [{ pointer: `/${field}`, keyword, message, path: [field] }],
    });
  });

  it("collects every issue, in document order, and throws them all from assert", () => {
    const { name: _name, ...unnamed } = device;
    const given = { ...unnamed, status: "lost", battery: -1 };
    let error: unknown;
    try {
      assertDevice(given);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((i) => i.pointer)).toEqual([
      "/name",
      "/battery",
      "/status",
    ]);
    expect((error as ValidationError).message).toBe(
      "Device is invalid (3 issues):\n  - /name is required\n  - /battery must be >= 0\n  - /status must be one of active, revoked",
    );
  });

  it("validates a schema that is not an object", () => {
    expect(isNothing(null)).toBe(true);
    expect(isNothing(0)).toBe(false);
  });
});
