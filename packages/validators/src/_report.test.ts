import { describe, expect, it } from "vitest";
import type { AjvError } from "./_messages.js";
import { report } from "./_report.js";

describe("report", () => {
  it("gives up when no errors are collected", () => {
    expect(report(undefined, "/a", "type", { type: "string" })).toBe(true);
  });

  it("adds the issue and carries on when they are", () => {
    const errors: AjvError[] = [];
    expect(report(errors, "/a", "type", { type: "string" })).toBe(false);
    expect(errors).toEqual([{ instancePath: "/a", keyword: "type", params: { type: "string" } }]);
  });
});
