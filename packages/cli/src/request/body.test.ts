import { describe, expect, it } from "vitest";
import { group as excludes } from "../../test/fixture/commands/policies/default/excludes.gen.js";
import { group as posture } from "../../test/fixture/commands/posture.gen.js";
import type { CommandSpec } from "../commands/command-spec.js";
import { buildBody } from "./body.js";

const create = posture.commands.create as CommandSpec;
const list = posture.commands.list as CommandSpec;
const set = excludes.commands.set as CommandSpec;
const data = (value: unknown) => ({ value });

describe("buildBody", () => {
  const built: {
    name: string;
    command: CommandSpec;
    values: Record<string, unknown>;
    data?: { value: unknown };
    want: unknown;
  }[] = [
    {
      name: "fields from options, by their API names",
      command: create,
      values: {
        name: "Disk",
        type: "disk_encryption",
        "body-data": { a: 1 },
        tags: ["x", "y"],
        precedence: 3,
      },
      want: {
        name: "Disk",
        type: "disk_encryption",
        data: { a: 1 },
        tags: ["x", "y"],
        precedence: 3,
      },
    },
    {
      name: "the whole body from --data",
      command: create,
      values: {},
      data: data({ name: "Disk", type: "file", input: { path: "/bin/sh" } }),
      want: { name: "Disk", type: "file", input: { path: "/bin/sh" } },
    },
    {
      name: "options over the same fields of --data",
      command: create,
      values: { name: "Renamed" },
      data: data({ name: "Disk", type: "file" }),
      want: { name: "Renamed", type: "file" },
    },
    {
      name: "an array body from --data",
      command: set,
      values: {},
      data: data([{ address: "10.0.0.0/8" }]),
      want: [{ address: "10.0.0.0/8" }],
    },
    { name: "no body for a command that sends none", command: list, values: {}, want: undefined },
  ];
  it.each(built)("$name", ({ command, values, data, want }) => {
    expect(buildBody(command, values, data)).toEqual(want);
  });

  const refused: {
    name: string;
    command: CommandSpec;
    values: Record<string, unknown>;
    data?: { value: unknown };
    want: string;
  }[] = [
    {
      name: "nothing given for a required body",
      command: create,
      values: {},
      want: "missing required options --name, --type (or the whole body with --data)",
    },
    {
      name: "one required field missing",
      command: create,
      values: { name: "Disk" },
      want: "missing required option --type",
    },
    {
      name: "a required field missing from --data too",
      command: create,
      values: {},
      data: data({ name: "Disk" }),
      want: 'missing required option --type (or "type" in --data)',
    },
    {
      name: "no --data for an array body",
      command: set,
      values: {},
      want: "missing --data: this command needs a body (--data @file.json, --data - for stdin, or inline JSON)",
    },
    {
      name: "options beside a --data array",
      command: create,
      values: { name: "x" },
      data: data([1]),
      want: "--name cannot be combined with --data: its body is an array",
    },
    {
      name: "--data for a command without a body",
      command: list,
      values: {},
      data: data({}),
      want: "--data is not accepted: this command sends no body",
    },
  ];
  it.each(refused)("refuses $name", ({ command, values, data, want }) => {
    expect(() => buildBody(command, values, data)).toThrow(want);
  });
});
