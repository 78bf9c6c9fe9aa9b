import { describe, expect, it } from "vitest";
import { ValidationError } from "./validation-error.js";

describe("ValidationError", () => {
  it("names the subject and lists every issue", () => {
    const issues = [
      { pointer: "/a", keyword: "required", message: "/a is required", path: ["a"] },
      { pointer: "/b", keyword: "type", message: "/b must be a string", path: ["b"] },
    ];
    const error = new ValidationError("Device", issues);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("ValidationError");
    expect(error.subject).toBe("Device");
    expect(error.issues).toBe(issues);
    expect(error.message).toBe(
      "Device is invalid (2 issues):\n  - /a is required\n  - /b must be a string",
    );
  });

  it("says one issue in the singular", () => {
    const error = new ValidationError("x", [
      { pointer: "", keyword: "type", message: "value must be an object", path: [] },
    ]);
    expect(error.message).toBe("x is invalid (1 issue):\n  - value must be an object");
  });
});
