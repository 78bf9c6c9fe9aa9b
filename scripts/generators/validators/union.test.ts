import { describe, expect, it } from "vitest";
import type { OpenApiDocument } from "./openapi.js";
import { transformUnion } from "./union.js";

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const doc: OpenApiDocument = {
  components: {
    schemas: {
      File: { type: "object", required: ["type"], properties: { type: { const: "file" } } },
      Os: { type: "object", properties: { type: { type: "string", enum: ["os", "os_version"] } } },
      Address: {
        type: "object",
        required: ["address"],
        properties: { address: { type: "string" } },
      },
      Host: { type: "object", required: ["host"], properties: { host: { type: "string" } } },
      OnlyAddress: {
        type: "object",
        required: ["address"],
        properties: { address: { type: "string" }, host: false },
      },
      OnlyHost: {
        type: "object",
        required: ["host"],
        properties: { host: { type: "string" }, address: false },
      },
      Either: { type: "object", required: ["name"], properties: { name: { type: "string" } } },
      Base: { type: "object", required: ["address"] },
      Extended: { allOf: [ref("Base"), { properties: { address: { type: "string" } } }] },
    },
  },
};

describe("transformUnion", () => {
  it.each([
    {
      name: "a tag with a mapping",
      given: {
        oneOf: [ref("File"), ref("Os")],
        discriminator: { propertyName: "type", mapping: { f: "#/components/schemas/File" } },
      },
      want: {
        type: "object",
        unionTag: "type",
        unionOf: { f: ref("File"), file: ref("File"), os: ref("Os"), os_version: ref("Os") },
      },
    },
    {
      name: "a tag read from each branch's const or enum",
      given: {
        type: "object",
        oneOf: [ref("File"), ref("Os")],
        discriminator: { propertyName: "type" },
        properties: { id: {} },
      },
      want: {
        type: "object",
        properties: { id: {} },
        unionTag: "type",
        unionOf: { file: ref("File"), os: ref("Os"), os_version: ref("Os") },
      },
    },
    {
      name: "the required key only one branch has",
      given: { oneOf: [ref("Address"), ref("Host")] },
      want: { type: "object", unionOf: { address: ref("Address"), host: ref("Host") } },
    },
    {
      name: "required keys the other branch forbids with a false schema",
      given: { oneOf: [ref("OnlyAddress"), ref("OnlyHost")] },
      want: { type: "object", unionOf: { address: ref("OnlyAddress"), host: ref("OnlyHost") } },
    },
    {
      name: "a key required through allOf",
      given: { oneOf: [ref("Extended"), ref("Host")] },
      want: { type: "object", unionOf: { address: ref("Extended"), host: ref("Host") } },
    },
    {
      name: "branches no key tells apart",
      given: { oneOf: [ref("Address"), ref("Either")] },
      want: { type: "object", unionOf: { address: ref("Address"), name: ref("Either") } },
    },
    {
      name: "branches with no deciding key",
      given: { oneOf: [{ type: "string" }, { type: "number" }] },
      want: undefined,
    },
    {
      name: "anyOf, left to Ajv",
      given: { anyOf: [ref("Address"), ref("Host")] },
      want: undefined,
    },
  ])("$name", ({ given, want }) => {
    expect(transformUnion(given, doc, "#/x")).toEqual(want);
  });

  it.each([
    {
      given: { oneOf: [ref("File")], discriminator: { mapping: {} } },
      error: "#/x/discriminator has no propertyName",
    },
    {
      given: { oneOf: [ref("Address")], discriminator: { propertyName: "type" } },
      error: '#/x/oneOf/0 has no const "type" and no discriminator mapping',
    },
    {
      given: {
        oneOf: [ref("File"), { properties: { type: { const: "file" } } }],
        discriminator: { propertyName: "type" },
      },
      error: '#/x: two branches claim type "file"',
    },
  ])("rejects $error", ({ given, error }) => {
    expect(() => transformUnion(given, doc, "#/x")).toThrow(error);
  });
});
