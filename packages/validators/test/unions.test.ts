import { describe, expect, it } from "vitest";
import { excludeSplitTunnelWithAddressValidator } from "../src/schemas/exclude-split-tunnel-with-address.gen.js";
import { splitTunnelExcludeValidator } from "../src/schemas/split-tunnel-exclude.gen.js";
import type { ValidationIssue } from "../src/validation-issue.js";
import type { ValidationResult } from "../src/validator.js";
import { integrationRequestValidator } from "./fixtures/unions/schemas/integration-request.gen.js";
import { ruleValidator } from "./fixtures/unions/schemas/rule.gen.js";
import { settingValidator } from "./fixtures/unions/schemas/setting.gen.js";
import { splitTunnelListValidator } from "./fixtures/unions/schemas/split-tunnel-list.gen.js";

const fileRule = { name: "r", type: "file", input: { operating_system: "linux", path: "/bin/sh" } };

function issuesOf(result: ValidationResult<unknown>): readonly ValidationIssue[] {
  return result.issues ?? [];
}

describe("a union decided by a tag", () => {
  it.each([
    { given: fileRule },
    { given: { name: "r", type: "os_version", input: { version: "1.0", operator: "<" } } },
    { given: { name: "r", type: "gateway" } },
    { given: { name: "r", type: "gateway", input: {} } },
  ])("accepts $given.type", ({ given }) => {
    expect(ruleValidator.is(given)).toBe(true);
    expect(ruleValidator.validate(given)).toEqual({ value: given });
  });

  it("reports only the chosen variant's issues, naming it", () => {
    const given = { ...fileRule, input: { operating_system: "beos" } };
    expect(issuesOf(ruleValidator.validate(given))).toEqual([
      {
        pointer: "/input/path",
        keyword: "required",
        message: 'FileRule (type "file"): /input/path is required',
        path: ["input", "path"],
      },
      {
        pointer: "/input/operating_system",
        keyword: "enum",
        message:
          'FileRule (type "file"): /input/operating_system must be one of windows, linux, mac',
        path: ["input", "operating_system"],
      },
    ]);
  });

  it("keeps issues of the fields beside the union out of the variant", () => {
    const given = { ...fileRule, id: 7, input: { ...fileRule.input, path: "/a/very/long/path" } };
    expect(issuesOf(ruleValidator.validate(given)).map((i) => [i.pointer, i.message])).toEqual([
      ["/id", "/id must be a string"],
      ["/input/path", 'FileRule (type "file"): /input/path must be at most 10 characters long'],
    ]);
  });

  it.each([
    {
      given: { name: "r", type: "registry" },
      want: {
        pointer: "/type",
        keyword: "discriminator",
        message: "/type must be one of file, os_version, gateway",
      },
    },
    {
      given: { name: "r" },
      want: {
        pointer: "/type",
        keyword: "required",
        message: "/type is required (one of file, os_version, gateway)",
      },
    },
    {
      given: { name: "r", type: "gateway", input: { extra: 1 } },
      want: {
        pointer: "/input/extra",
        keyword: "additionalProperties",
        message: 'GatewayRule (type "gateway"): /input/extra is not allowed',
      },
    },
    {
      given: [],
      want: { pointer: "", keyword: "type", message: "value must be an object" },
    },
  ])("rejects $want.pointer ($want.keyword)", ({ given, want }) => {
    expect(ruleValidator.is(given)).toBe(false);
    expect(issuesOf(ruleValidator.validate(given))).toEqual([
      { ...want, path: want.pointer.split("/").slice(1) },
    ]);
  });

  it("decides a union behind allOf, with enum tags, by the sibling type", () => {
    expect(
      integrationRequestValidator.is({
        name: "t",
        type: "tanium_s2s",
        config: { api_url: "https://t.example" },
      }),
    ).toBe(true);
    const given = { name: "k", type: "kolide", config: { client_id: "id" } };
    expect(issuesOf(integrationRequestValidator.validate(given))).toMatchObject([
      {
        pointer: "/config/client_secret",
        keyword: "required",
        message: 'KolideSetup (type "kolide"): /config/client_secret is required',
      },
    ]);
  });
});

describe("a union decided by which key is present", () => {
  it("accepts either variant", () => {
    expect(
      splitTunnelListValidator.is([
        { address: "10.0.0.0/8" },
        { host: "example.com", description: "d" },
      ]),
    ).toBe(true);
  });

  it.each([
    {
      given: [{ address: "10.0.0.0/8", host: "example.com" }],
      want: [
        {
          pointer: "/0/host",
          keyword: "oneOf",
          message: "/0/host is not allowed together with address",
        },
      ],
    },
    {
      given: [{ description: "neither" }],
      want: [
        {
          pointer: "/0",
          keyword: "oneOf",
          message: "/0 must have one of the properties address, host",
        },
      ],
    },
    {
      given: [{ address: "10.0.0.0/8" }, { host: 1, description: "a description too long" }],
      want: [
        {
          pointer: "/1/host",
          keyword: "type",
          message: "SplitTunnelHost (has host): /1/host must be a string",
        },
        {
          pointer: "/1/description",
          keyword: "maxLength",
          message: "SplitTunnelHost (has host): /1/description must be at most 20 characters long",
        },
      ],
    },
  ])("rejects $want.0.pointer", ({ given, want }) => {
    expect(splitTunnelListValidator.is(given)).toBe(false);
    expect(issuesOf(splitTunnelListValidator.validate(given))).toMatchObject(want);
  });

  it("names the variant only on its own issues, not on an earlier item's", () => {
    const given = [5, { address: 1 }];
    expect(issuesOf(splitTunnelListValidator.validate(given)).map((i) => i.message)).toEqual([
      "/0 must be an object",
      "SplitTunnelAddress (has address): /1/address must be a string",
    ]);
  });

  it("says once that two deciding keys clash, even where the variant forbids the other key", () => {
    // The spec's address variant has `host: false`: checking it too would report the host again.
    const given = { address: "10.0.0.0/8", host: "example.com", description: "x".repeat(101) };
    expect(excludeSplitTunnelWithAddressValidator.is({ ...given, description: "d" })).toBe(false);
    expect(issuesOf(splitTunnelExcludeValidator.validate(given))).toEqual([
      {
        pointer: "/host",
        keyword: "oneOf",
        message: "/host is not allowed together with address",
        path: ["host"],
      },
    ]);
  });

  it("gives array indexes as numbers in the Standard Schema path", () => {
    const [issue] = issuesOf(splitTunnelListValidator.validate([{ address: "a" }, { host: 1 }]));
    expect(issue).toMatchObject({ path: [1, "host"] });
  });
});

describe("a union decided by neither", () => {
  it("falls back to anyOf and reports every branch", () => {
    expect(settingValidator.is("abc")).toBe(true);
    expect(settingValidator.is(3)).toBe(true);
    expect(issuesOf(settingValidator.validate("abcd")).map((i) => i.keyword)).toEqual([
      "maxLength",
      "type",
      "anyOf",
    ]);
  });
});
