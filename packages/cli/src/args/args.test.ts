import { describe, expect, it } from "vitest";
import { type ArgSpec, parseArgs } from "./args.js";

const specs: ArgSpec[] = [
  { flag: "name", type: "string" },
  { flag: "per-page", type: "number" },
  { flag: "page", type: "integer" },
  { flag: "id", type: "string", array: true },
  { flag: "sort-order", type: "string", enum: ["asc", "desc"] },
  { flag: "enabled", type: "boolean" },
  { flag: "input", type: "json" },
  { flag: "last-seen-user.email", type: "string" },
  { flag: "yes", short: "y", type: "boolean" },
  { flag: "account-id", short: "a", type: "string" },
];

describe("parseArgs", () => {
  const accepted: { given: string[]; want: Record<string, unknown>; positionals?: string[] }[] = [
    { given: [], want: {} },
    { given: ["--name", "Disk encrypted"], want: { name: "Disk encrypted" } },
    { given: ["--name=Disk=encrypted"], want: { name: "Disk=encrypted" } },
    { given: ["--name", ""], want: { name: "" } },
    { given: ["--per-page", "50"], want: { "per-page": 50 } },
    { given: ["--per-page=2.5"], want: { "per-page": 2.5 } },
    { given: ["--per-page", "-1"], want: { "per-page": -1 } },
    { given: ["--page", "3"], want: { page: 3 } },
    { given: ["--id", "a", "--id", "b", "--id=c"], want: { id: ["a", "b", "c"] } },
    { given: ["--sort-order", "desc"], want: { "sort-order": "desc" } },
    { given: ["--enabled"], want: { enabled: true } },
    { given: ["--no-enabled"], want: { enabled: false } },
    { given: ["--enabled=false"], want: { enabled: false } },
    { given: ["--enabled", "false"], want: { enabled: false } },
    { given: ["--enabled", "true", "x"], want: { enabled: true }, positionals: ["x"] },
    { given: ["--enabled", "no"], want: { enabled: true }, positionals: ["no"] },
    { given: ["--input", "@input.json"], want: { input: "@input.json" } },
    { given: ["--input", "-"], want: { input: "-" } },
    { given: ["--input", '{"a":1}'], want: { input: '{"a":1}' } },
    { given: ["--last-seen-user.email", "a@b.c"], want: { "last-seen-user.email": "a@b.c" } },
    { given: ["-y", "-a", "acc"], want: { yes: true, "account-id": "acc" } },
    { given: ["stray", "--name", "x"], want: { name: "x" }, positionals: ["stray"] },
    { given: ["--", "--name", "x"], want: {}, positionals: ["--name", "x"] },
  ];
  it.each(accepted)("accepts $given", ({ given, want, positionals = [] }) => {
    expect(parseArgs(given, specs)).toEqual({ values: want, positionals });
  });

  const refused: { given: string[]; want: string }[] = [
    { given: ["--nme", "x"], want: "unknown option --nme (did you mean --name?)" },
    { given: ["--colour"], want: "unknown option --colour" },
    { given: ["-x"], want: "unknown option -x" },
    { given: ["--name"], want: "--name needs a value" },
    { given: ["--name", "--per-page", "5"], want: "--name needs a value" },
    { given: ["-a"], want: "-a needs a value" },
    { given: ["--name", "a", "--name", "b"], want: "--name was given more than once" },
    { given: ["--per-page", "abc"], want: '--per-page must be a number; got "abc"' },
    { given: ["--per-page", ""], want: '--per-page must be a number; got ""' },
    { given: ["--page", "1.5"], want: '--page must be a whole number; got "1.5"' },
    { given: ["--sort-order", "up"], want: '--sort-order must be one of asc, desc; got "up"' },
    {
      given: ["--enabled=yes"],
      want: '--enabled is a switch: use --enabled or --no-enabled; got "yes"',
    },
    { given: ["--no-enabled=true"], want: "--no-enabled takes no value" },
    { given: ["--no-name"], want: "--no-name: --name takes a value, it is not a switch" },
  ];
  it.each(refused)("refuses $given", ({ given, want }) => {
    expect(() => parseArgs(given, specs)).toThrow(want);
  });

  it("throws a UsageError, which the CLI turns into exit code 2", () => {
    expect(() => parseArgs(["--bogus"], specs)).toThrow(
      expect.objectContaining({ name: "UsageError" }),
    );
  });
});

describe("parseArgs with options named as Object.prototype's members", () => {
  const named: ArgSpec[] = [{ flag: "constructor", type: "string" }];

  it("holds only what was given: an absent option is absent, not the prototype's", () => {
    expect(parseArgs([], named).values.constructor).toBeUndefined();
    expect(parseArgs(["--constructor", "x"], named).values.constructor).toBe("x");
  });
});
