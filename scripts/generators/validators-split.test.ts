import { describe, expect, it } from "vitest";
import { compileStandalone } from "./validators-ajv.js";
import { splitStandalone } from "./validators-split.js";

const schemas = {
  Name: { type: "string", maxLength: 3 },
  Device: {
    type: "object",
    required: ["id"],
    properties: {
      id: { type: "string", format: "date-time" },
      kind: { enum: ["a", "b"] },
      parts: { type: "array", items: { $ref: "Part" } },
    },
  },
  Part: { type: "object", properties: { name: { $ref: "Name" }, owner: { $ref: "Device" } } },
};
const refs = { root0: "Name", root1: "Device", root2: "Part" };
const names = (prefix: string) => ({
  root0: `${prefix}_Name`,
  root1: `${prefix}_Device`,
  root2: `${prefix}_Part`,
});

describe("splitStandalone", () => {
  const check = splitStandalone(compileStandalone(schemas, refs, false), names("check"), "check");
  const collect = splitStandalone(
    compileStandalone(schemas, refs, true),
    names("collect"),
    "collect",
  );

  it("gives every exported function its chunk, calling the others by their new names", () => {
    expect(Object.keys(check).sort()).toEqual(["check_Device", "check_Name", "check_Part"]);
    expect(check.check_Device?.calls).toEqual(["check_Part"]);
    expect(check.check_Part?.calls).toEqual(["check_Device"]);
    expect(check.check_Name?.calls).toEqual([]);
  });

  it("imports Ajv's runtime helpers and function formats from the package instead", () => {
    expect(check.check_Name?.helpers).toEqual({ ucs2length: "_ucs2length" });
    expect(check.check_Device?.helpers).toEqual({ dateTimeFormat: "_formats" });
    expect(check.check_Device?.statements.join("\n")).toContain("dateTimeFormat(data0)");
  });

  it("leaves the checking variant without error details or a context argument", () => {
    const code = check.check_Part?.statements.join("\n") ?? "";
    expect(code).toMatch(/^function check_Part\(data: any\): boolean \{/);
    expect(code).not.toMatch(/instancePath|keyword|\.errors|missing/);
  });

  it("keeps the collecting variant's errors and inlines the schema values they quote", () => {
    const code = collect.collect_Device?.statements.join("\n") ?? "";
    expect(code).toContain('keyword:"enum"');
    expect(code).toMatch(/^const schema_\w+ = \["a","b"\];/);
    expect(code).not.toMatch(/schemaPath|schema\d+\./);
    expect(code).toContain("export declare namespace collect_Device {");
  });
});
