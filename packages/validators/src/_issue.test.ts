import { describe, expect, it } from "vitest";
import { issue, type Path } from "./_issue.js";
import type { ValidationIssue } from "./validation-issue.js";

describe("issue", () => {
  it("gives up without issues to fill, and adds nothing", () => {
    expect(issue(undefined, "type", "must be a string", "", "/a", undefined, "a")).toBe(true);
  });

  it.each<{ name: string; args: Parameters<typeof issue>; want: ValidationIssue }>([
    {
      name: "the value itself",
      args: [[], "type", "must be an object or null", "", "", undefined],
      want: { pointer: "", keyword: "type", message: "value must be an object or null", path: [] },
    },
    {
      name: "array indexes as numbers and numeric keys as strings, from every step",
      args: [[], "type", "must be a string", "", "/list/0/200", [[undefined, "list"], 0], "200"],
      want: {
        pointer: "/list/0/200",
        keyword: "type",
        message: "/list/0/200 must be a string",
        path: ["list", 0, "200"],
      },
    },
    {
      name: "an escaped pointer and its key as it is",
      args: [[], "required", "is required", "", "/codes/a~1b", [undefined, "codes"], "a/b"],
      want: {
        pointer: "/codes/a~1b",
        keyword: "required",
        message: "/codes/a~1b is required",
        path: ["codes", "a/b"],
      },
    },
    {
      name: "a union variant's issue, its message prefixed",
      args: [
        [],
        "required",
        "is required",
        'FileRule (type "file"): ',
        "/input/path",
        [undefined, "input"],
        "path",
      ],
      want: {
        pointer: "/input/path",
        keyword: "required",
        message: 'FileRule (type "file"): /input/path is required',
        path: ["input", "path"],
      },
    },
  ])("reports $name", ({ args, want }) => {
    const issues = args[0] as ValidationIssue[];
    expect(issue(...args)).toBe(false);
    expect(issues).toEqual([want]);
  });

  it("copies the steps it is given, so later issues do not share them", () => {
    const issues: ValidationIssue[] = [];
    const path: Path = [undefined, "a"];
    issue(issues, "type", "must be a string", "", "/a/b", path, "b");
    issue(issues, "type", "must be a string", "", "/a/c", path, "c");
    expect(issues.map((found) => found.path)).toEqual([
      ["a", "b"],
      ["a", "c"],
    ]);
  });
});
