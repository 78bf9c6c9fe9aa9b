import { describe, expect, it } from "vitest";
import { devicePostureRuleValidator, type StandardSchemaV1 } from "../src/index.js";

// Accepts any Standard Schema, as a library that takes one would.
function parseWith<S extends StandardSchemaV1>(schema: S, value: unknown) {
  const result = schema["~standard"].validate(value);
  if (result instanceof Promise) throw new Error("expected a synchronous result");
  return result;
}

const rule = {
  id: "r1",
  name: "r",
  type: "file",
  input: { operating_system: "mac", path: "/Applications" },
};

describe("Standard Schema v1", () => {
  it("declares version 1 and the vendor", () => {
    expect(devicePostureRuleValidator["~standard"]).toMatchObject({
      version: 1,
      vendor: "zt-devices",
    });
    expect(typeof devicePostureRuleValidator["~standard"].validate).toBe("function");
  });

  it("returns { value } for a valid value, the value itself and synchronously", () => {
    const result = parseWith(devicePostureRuleValidator, rule);
    expect(result).toEqual({ value: rule });
    expect(result.issues).toBeUndefined();
    expect((result as { value: unknown }).value).toBe(rule);
  });

  it("returns { issues } with a message and a path of keys for an invalid value", () => {
    const result = parseWith(devicePostureRuleValidator, {
      ...rule,
      input: { operating_system: "beos", path: "/" },
    });
    expect(result.issues).toHaveLength(1);
    const [issue] = result.issues ?? [];
    expect(issue?.message).toBe(
      'FilePostureCheck (type "file"): /input/operating_system must be one of windows, linux, mac',
    );
    expect(issue?.path).toEqual(["input", "operating_system"]);
    expect(Object.keys(result)).toEqual(["issues"]);
  });

  it("treats anything that is not a rule as issues, never as an exception", () => {
    for (const value of [undefined, null, 0, "", [], () => 0, Symbol("x"), new Date()]) {
      expect(parseWith(devicePostureRuleValidator, value).issues?.length).toBeGreaterThan(0);
    }
  });
});
