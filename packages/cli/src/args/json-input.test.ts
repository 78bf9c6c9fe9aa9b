import { describe, expect, it } from "vitest";
import { type JsonSources, readJsonArgument } from "./json-input.js";

const files: Record<string, string> = {
  "list.json": '[{"address": "10.0.0.0/8"}]',
  "broken.json": '{\n  "name": "x",\n}\n',
  "empty.json": "  \n",
};
const sources: JsonSources = {
  readFile(path) {
    if (path === "folder") throw Object.assign(new Error("EISDIR"), { code: "EISDIR" });
    const text = files[path];
    if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT" });
    return text;
  },
  readStdin: async () => '{"from": "stdin"}',
};

describe("readJsonArgument", () => {
  const read: { given: string; want: unknown }[] = [
    { given: '{"a": [1, true, null]}', want: { a: [1, true, null] } },
    { given: "@list.json", want: [{ address: "10.0.0.0/8" }] },
    { given: "-", want: { from: "stdin" } },
    { given: "42", want: 42 },
  ];
  it.each(read)("reads $given", async ({ given, want }) =>
    expect(await readJsonArgument("--data", given, sources)).toEqual(want),
  );

  const refused: { given: string; want: string }[] = [
    { given: "@missing.json", want: "--data: cannot read missing.json: no such file" },
    { given: "@folder", want: "--data: cannot read folder: it is a directory" },
    { given: "@", want: "--data: give a file after @ (--data @body.json)" },
    { given: "@empty.json", want: "--data: empty.json is empty; expected JSON" },
    {
      given: "@broken.json",
      want: "--data: broken.json is not valid JSON: Expected double-quoted property name at line 3, column 1",
    },
    {
      given: "{bad",
      want: "--data: the value is not valid JSON: Expected property name or '}' at line 1, column 2",
    },
  ];
  it.each(refused)("refuses $given", async ({ given, want }) => {
    await expect(readJsonArgument("--data", given, sources)).rejects.toThrow(want);
  });
});
