import { describe, expect, it } from "vitest";
import type { CommandSpec, GroupSpec } from "../commands/command-spec.js";
import { groups } from "../commands.gen.js";
import { commandHelp } from "./command-help.js";
import { groupHelp, helpWidth, rootHelp } from "./help.js";

async function load(name: string): Promise<GroupSpec> {
  const entry = groups[name];
  if (!entry) throw new Error(`no group ${name}`);
  return (await entry.load()).group;
}

async function everyCommand(): Promise<[string[], CommandSpec][]> {
  const out: [string[], CommandSpec][] = [];
  const walk = async (words: string[], group: GroupSpec) => {
    for (const [name, command] of Object.entries(group.commands))
      out.push([[...words, name], command]);
    for (const [name, child] of Object.entries(group.groups))
      await walk([...words, name], (await child.load()).group);
  };
  for (const [name, entry] of Object.entries(groups))
    await walk([name], (await entry.load()).group);
  return out;
}

describe("help", () => {
  it("has a page for all 74 operations, with every option and the route", async () => {
    const commands = await everyCommand();
    expect(commands).toHaveLength(74);
    for (const [words, command] of commands) {
      const text = commandHelp(words, command, 100);
      expect(text.replace(/\n/g, " ")).toContain(
        `zt-devices ${words.join(" ")}: ${command.summary}`,
      );
      for (const flag of command.flags) expect(text).toContain(`--${flag.flag}`);
      if (command.body) expect(text).toContain("--data <json|@file|->");
      if (command.pagination) expect(text).toContain("--all");
      else expect(text).not.toContain("--all ");
      expect(text.replace(/\n/g, " ")).toContain(`API: ${command.route} (${command.operationId})`);
      // Only a word longer than the width (a URL) may stick out.
      const long = text.split("\n").filter((line) => line.length > 100 && /\s\S/.test(line.trim()));
      expect(long).toEqual([]);
    }
  });

  it("documents how path parameters and dotted filters are given", async () => {
    const group = await load("physical-devices");
    const list = commandHelp(["physical-devices", "list"], group.commands.list as CommandSpec, 100);
    expect(list).toContain("Nested filters keep the API's dot: --last-seen-registration.policy.");
    const get = commandHelp(["physical-devices", "get"], group.commands.get as CommandSpec, 100);
    expect(get).toContain(
      "Path parameters are options too: --device-id <value>, not a bare argument.",
    );
    const remove = commandHelp(
      ["physical-devices", "delete"],
      group.commands.delete as CommandSpec,
      100,
    );
    expect(remove).toContain(
      "Asks for confirmation on a terminal; pass --yes where there is none.",
    );
  });

  it("lists every group at the root and every command of a group", async () => {
    const root = rootHelp(groups, 100);
    for (const name of Object.keys(groups))
      expect(root).toMatch(new RegExp(`^  ${name} +\\S`, "m"));
    const group = await load("policies");
    const text = groupHelp(["policies"], group, 100);
    expect(text).toMatch(/^Groups:\n {2}custom +.+\n {2}default +/m);
  });
});

describe("helpWidth", () => {
  const cases = [
    {
      name: "a wide terminal, capped at 100",
      stdout: { isTTY: true, columns: 180 },
      env: {},
      want: 100,
    },
    { name: "a narrow terminal", stdout: { isTTY: true, columns: 60 }, env: {}, want: 60 },
    {
      name: "a terminal that reports no width",
      stdout: { isTTY: true, columns: 0 },
      env: {},
      want: 80,
    },
    {
      name: "COLUMNS first",
      stdout: { isTTY: true, columns: 180 },
      env: { COLUMNS: "72" },
      want: 72,
    },
    { name: "a pipe", stdout: {}, env: {}, want: 100 },
  ];
  it.each(cases)("$name", ({ stdout, env, want }) => expect(helpWidth(stdout, env)).toBe(want));
});
