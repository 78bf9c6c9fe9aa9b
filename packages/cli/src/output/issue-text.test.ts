import { describe, expect, it } from "vitest";
import { group as posture } from "../../test/fixture/commands/posture.gen.js";
import type { CommandSpec } from "../commands/command-spec.js";
import { describeIssue, type RequestIssue } from "./issue-text.js";

const create = posture.commands.create as CommandSpec;
const list = posture.commands.list as CommandSpec;
const issue = (pointer: string, keyword: string, text: string): RequestIssue => ({
  pointer,
  keyword,
  message: `${pointer} ${text}`,
});

describe("describeIssue", () => {
  const cases: {
    name: string;
    command: CommandSpec;
    given: RequestIssue;
    options?: string[];
    want: string;
  }[] = [
    {
      name: "a query option",
      command: list,
      given: issue("/query/per_page", "maximum", "must be <= 100"),
      want: "--per-page must be <= 100",
    },
    {
      name: "a body field given as an option",
      command: create,
      given: issue("/body/name", "maxLength", "must be at most 5 characters long"),
      options: ["name"],
      want: "--name must be at most 5 characters long",
    },
    {
      name: "a renamed body option",
      command: create,
      given: issue("/body/data", "type", "must be an object"),
      options: ["data"],
      want: "--body-data must be an object",
    },
    {
      name: "inside a JSON option",
      command: create,
      given: issue("/body/input/path", "required", "is required"),
      options: ["input"],
      want: "--input: /input/path is required",
    },
    {
      name: "a field from --data",
      command: create,
      given: issue("/body/input/path", "type", "must be a string"),
      want: "--data: /input/path must be a string",
    },
    {
      name: "the body itself",
      command: create,
      given: issue("/body", "type", "must be an object"),
      want: "--data: the body must be an object",
    },
    {
      name: "a required field by its option",
      command: create,
      given: issue("/body/type", "required", "is required (one of file, disk_encryption)"),
      want: "--type is required (one of file, disk_encryption)",
    },
    {
      name: "a field --data lacks",
      command: create,
      given: issue("/body/extra", "additionalProperties", "is not allowed"),
      want: "--data: /extra is not allowed",
    },
    {
      name: "a union variant's message",
      command: create,
      given: {
        pointer: "/body/input/path",
        keyword: "required",
        message: 'file (type "file"): /body/input/path is required',
      },
      want: '--data: file (type "file"): /input/path is required',
    },
  ];
  it.each(cases)("$name", ({ command, given, options = [], want }) => {
    expect(describeIssue(given, command, new Set(options))).toBe(want);
  });
});
