import { describe, expect, it } from "vitest";
import { parseArgs } from "./_args.js";

const defaults = {
  port: 4010,
  host: "127.0.0.1",
  seed: 1,
  mode: "stateful",
  auth: true,
  cors: false,
  maxAccounts: 1000,
  maxRecords: 10_000,
  faults: [],
};

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
    { given: ["--version"], want: { kind: "version" } },
    { given: ["-V"], want: { kind: "version" } },
    { given: ["--cors"], want: { kind: "run", args: { ...defaults, cors: true } } },
    {
      given: ["--max-accounts", "5", "--max-records=7"],
      want: { kind: "run", args: { ...defaults, maxAccounts: 5, maxRecords: 7 } },
    },
    {
      given: ["--max-records", "0"],
      want: { kind: "error", message: "--max-records must be between 1 and 1000000, got 0" },
    },
    {
      given: [
        "--fault",
        "listPostureRules:503:2",
        "--fault=*:delay:50",
        "--fault",
        "getDevice:drop",
      ],
      want: {
        kind: "run",
        args: {
          ...defaults,
          faults: [
            { target: "listPostureRules", kind: "fail", status: 503, times: 2 },
            { target: "*", kind: "delay", ms: 50 },
            { target: "getDevice", kind: "drop" },
          ],
        },
      },
    },
    {
      given: ["--fault", "listPostureRulez:503"],
      want: {
        kind: "error",
        message:
          '--fault listPostureRulez:503: a fault\'s target must be an operationId or "*", got "listPostureRulez"',
      },
    },
    {
      given: ["--fault", "listPostureRules:slow"],
      want: {
        kind: "error",
        message:
          "--fault listPostureRules:slow: --fault takes TARGET:STATUS[:TIMES], TARGET:delay:MS[:TIMES] or TARGET:drop[:TIMES], got listPostureRules:slow",
      },
    },
    {
      given: ["--fault", "getDevice:200"],
      want: {
        kind: "error",
        message: "--fault getDevice:200: a fault's status must be between 400 and 599, got 200",
      },
    },
  ])("$given", ({ given, want }) => expect(parseArgs(given)).toEqual(want));
});
