import { describe, expect, it } from "vitest";
import { parseArgs } from "./parse-args.js";

describe("parseArgs", () => {
  it.each([
    { given: [], want: { ref: undefined, changeset: true, json: false, help: false } },
    { given: ["v1"], want: { ref: "v1", changeset: true, json: false, help: false } },
    {
      given: ["--", "@zt-devices/types@1.2.3", "--json"],
      want: { ref: "@zt-devices/types@1.2.3", changeset: true, json: true, help: false },
    },
    {
      given: ["--no-changeset", "HEAD~2"],
      want: { ref: "HEAD~2", changeset: false, json: false, help: false },
    },
    { given: ["-h"], want: { ref: undefined, changeset: true, json: false, help: true } },
  ])("$given", ({ given, want }) => {
    expect(parseArgs(given)).toEqual(want);
  });

  it.each([
    { given: ["--jsn"], want: /^unknown option --jsn\n\nUsage: pnpm spec:diff/ },
    { given: ["a", "b"], want: /^expected at most one git ref, got a and b$/ },
  ])("rejects $given", ({ given, want }) => {
    expect(() => parseArgs(given)).toThrow(want);
  });
});
