import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { transformResultColumns } from "./columns.js";
import { kebabFlag, transformBody, transformParameter } from "./flags.js";
import type { CliParameter } from "./operations.js";
import { type Json, plainText } from "./schema.js";

const repo = join(import.meta.dirname, "../../..");
const doc = parse(readFileSync(join(repo, "spec/fixtures/cli/devices.yaml"), "utf8")) as Json;
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

describe("kebabFlag", () => {
  const cases = [
    { given: "per_page", want: "per-page" },
    { given: "testName", want: "test-name" },
    { given: "last_seen_user.email", want: "last-seen-user.email" },
    { given: "device.id", want: "device.id" },
    { given: "since_minutes", want: "since-minutes" },
  ];
  it.each(cases)("$given -> $want", ({ given, want }) => expect(kebabFlag(given)).toBe(want));
});

describe("transformParameter", () => {
  const param = (p: Partial<CliParameter>): CliParameter => ({
    name: "per_page",
    in: "query",
    required: false,
    schema: { type: "integer" },
    description: undefined,
    ...p,
  });
  const cases: { given: CliParameter; want: Json }[] = [
    {
      given: param({}),
      want: { flag: "per-page", name: "per_page", in: "query", type: "integer" },
    },
    {
      given: param({ name: "rule_id", in: "path", required: true, schema: { type: "string" } }),
      want: { flag: "rule-id", name: "rule_id", in: "path", type: "string", required: true },
    },
    {
      given: param({
        name: "id",
        schema: { type: "array", items: { type: "string" } },
        description: "IDs.",
      }),
      want: {
        flag: "id",
        name: "id",
        in: "query",
        type: "string",
        array: true,
        description: "IDs.",
      },
    },
    {
      given: param({ name: "sort_order", schema: { type: "string", enum: ["asc", "desc"] } }),
      want: {
        flag: "sort-order",
        name: "sort_order",
        in: "query",
        type: "string",
        enum: ["asc", "desc"],
      },
    },
    {
      given: param({
        name: "status",
        schema: { type: ["string", "null"], enum: ["active", null] },
      }),
      want: { flag: "status", name: "status", in: "query", type: "string", enum: ["active"] },
    },
    {
      given: param({ name: "filter", schema: { type: "object" } }),
      want: { flag: "filter", name: "filter", in: "query", type: "json" },
    },
  ];
  it.each(cases)("$want.flag", ({ given, want }) =>
    expect(transformParameter(doc, given)).toEqual(want),
  );

  it("gives a parameter that would take a global option its place as a prefix", () => {
    expect(transformParameter(doc, param({ name: "json" }))).toMatchObject({
      flag: "query-json",
      name: "json",
    });
  });
});

describe("transformBody", () => {
  it("merges the variants of a discriminated union into one set of options", () => {
    const body = transformBody(
      doc,
      { schema: ref("posture-rule-input"), required: true },
      new Set(),
    );
    expect(body.kind).toBe("object");
    expect(body.flags).toEqual([
      {
        flag: "name",
        name: "name",
        in: "body",
        type: "string",
        required: true,
        description: "The name of the rule.",
      },
      {
        flag: "body-data",
        name: "data",
        in: "body",
        type: "json",
        description: "Extra data, named like the --data option.",
      },
      {
        flag: "tags",
        name: "tags",
        in: "body",
        type: "string",
        array: true,
        description: "Labels.",
      },
      { flag: "precedence", name: "precedence", in: "body", type: "integer" },
      {
        flag: "type",
        name: "type",
        in: "body",
        type: "string",
        enum: ["file", "disk_encryption"],
        required: true,
      },
      {
        flag: "input",
        name: "input",
        in: "body",
        type: "json",
        description:
          "Its shape depends on --type: file: { path? }; disk_encryption: { requireAll? }.",
      },
    ]);
  });

  it("describes a field per tag value, not with the one variant that has a description", () => {
    const member = (type: string, input: Json) => ({
      type: "object",
      properties: { type: { type: "string", const: type }, input },
    });
    const schema = {
      type: "object",
      oneOf: [
        member("warp", {
          type: "object",
          additionalProperties: false,
          description: "Rules of this type take no input.",
        }),
        member("firewall", {
          type: "object",
          required: ["enabled"],
          properties: { enabled: { type: "boolean" }, os: { type: "string" } },
        }),
        member("gateway", { type: "object", additionalProperties: false }),
      ],
      discriminator: { propertyName: "type" },
    };
    const input = transformBody(doc, { schema, required: true }, new Set()).flags.find(
      (f) => f.name === "input",
    );
    expect(input?.description).toBe(
      "Its shape depends on --type: warp, gateway: nothing ({}); firewall: { enabled, os? }.",
    );
  });

  it("prefixes a field whose option a parameter already takes", () => {
    const schema = { type: "object", properties: { id: { type: "string" } } };
    const body = transformBody(doc, { schema, required: false }, new Set(["id"]));
    expect(body.flags.map((f) => f.flag)).toEqual(["body-id"]);
  });

  const kinds = [
    { given: { type: "array", items: { type: "string" } }, want: "array" },
    { given: { type: "object", additionalProperties: true }, want: "object" },
    { given: { type: "string" }, want: "value" },
  ];
  it.each(kinds)("a body without fields is a $want", ({ given, want }) => {
    expect(transformBody(doc, { schema: given, required: true }, new Set())).toEqual({
      kind: want,
      required: true,
      flags: [],
    });
  });
});

describe("transformResultColumns", () => {
  const cases = [
    {
      name: "id and name first, then state, others, dates and descriptions",
      given: { type: "array", items: ref("posture-rule") },
      want: ["id", "name", "type", "schedule", "created_at", "description"],
    },
    {
      name: "the shortest *_id field without an id; an object by its email; opaque keys late",
      given: { type: "array", items: ref("registration") },
      want: ["registration_id", "user.email", "status", "device_unique_id", "last_seen_at", "key"],
    },
    {
      name: "a nullable object by its email, a nullable scalar as a scalar",
      given: { type: "array", items: ref("device") },
      want: ["id", "last_seen_user.email", "model"],
    },
    {
      name: "fields of every variant of a union",
      given: { type: "array", items: ref("split-tunnel") },
      want: ["address", "host", "description"],
    },
    { name: "nothing for a single object", given: ref("posture-rule"), want: undefined },
    {
      name: "nothing for a list of strings",
      given: { type: "array", items: { type: "string" } },
      want: undefined,
    },
  ];
  it.each(cases)("$name", ({ given, want }) =>
    expect(transformResultColumns(doc, given)).toEqual(want),
  );
});

describe("plainText", () => {
  const cases = [
    {
      given: "See [multi-user mode](https://example.com/m).",
      want: "See multi-user mode (https://example.com/m).",
    },
    { given: "**Deprecated**: use __this__.", want: "Deprecated: use this." },
    { given: "two\n  lines", want: "two lines" },
  ];
  it.each(cases)("$given", ({ given, want }) => expect(plainText(given)).toBe(want));
});
