import { operationTable } from "@zt-devices/types/operations";
import { describe, expect, it } from "vitest";
import { loadOperation } from "./_load-operation.js";
import { operationValidators } from "./operations.gen.js";

describe("loadOperation", () => {
  it("knows the operations of the shared operation table, and no other", () => {
    expect(Object.keys(operationValidators).sort()).toEqual(Object.keys(operationTable).sort());
  });

  it("loads an operation's validators once and hands every later call the same promise", async () => {
    const first = loadOperation("listPostureRules");
    expect(loadOperation("listPostureRules")).toBe(first);
    expect(typeof (await first)).toBe("object");
  });

  it("refuses an operationId the spec does not have, naming it", async () => {
    await expect(loadOperation("listPostureRulez")).rejects.toThrow(
      'Unknown operationId "listPostureRulez": the spec has no such operation',
    );
    await expect(loadOperation("toString")).rejects.toThrow('Unknown operationId "toString"');
  });
});
