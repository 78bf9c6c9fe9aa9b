import { describe, expect, it } from "vitest";
import { parseArgs } from "./_args.js";

const defaults = { port: 4010, host: "127.0.0.1", seed: 1, mode: "stateful", auth: true };

describe("parseArgs", () => {
  it.each([
    { given: [], want: { kind: "run", args: defaults } },
    { given: ["--port", "0"], want: { kind: "run", args: { ...defaults, port: 0 } } },
    {
      given: ["--port=8080", "--seed=42"],
      want: { kind: "run", args: { ...defaults, port: 8080, seed: 42 } },
    },
    {
      given: ["--host", "0.0.0.0", "--mode", "examples"],
      want: { kind: "run", args: { ...defaults, host: "0.0.0.0", mode: "examples" } },
    },
    { given: ["--no-auth"], want: { kind: "run", args: { ...defaults, auth: false } } },
    { given: ["--help"], want: { kind: "help" } },
    {
      given: ["--port", "-h"],
      want: { kind: "error", message: "--port needs a whole number, got -h" },
    },
    { given: ["-h"], want: { kind: "help" } },
    {
      given: ["--port", "70000"],
      want: { kind: "error", message: "--port must be between 0 and 65535, got 70000" },
    },
    {
      given: ["--port"],
      want: { kind: "error", message: "--port needs a whole number, got nothing" },
    },
    {
      given: ["--seed", "x"],
      want: { kind: "error", message: "--seed needs a whole number, got x" },
    },
    {
      given: ["--mode", "random"],
      want: { kind: "error", message: "--mode must be stateful or examples, got random" },
    },
    { given: ["--host"], want: { kind: "error", message: "--host needs a host name or address" } },
    { given: ["--verbose"], want: { kind: "error", message: "unknown option --verbose" } },
  ])("$given", ({ given, want }) => expect(parseArgs(given)).toEqual(want));
});
