import { readFileSync } from "node:fs";
import { closest } from "../args/closest.js";
import { leadingWords } from "../args/leading-words.js";
import { UsageError } from "../args/usage-error.js";
import type { CommandSpec, GroupEntry, GroupSpec } from "../commands/command-spec.js";
import { groups } from "../commands.gen.js";
import { groupHelp, helpWidth, PROGRAM, rootHelp } from "../help/help.js";

function unknown(word: string, within: readonly string[], choices: readonly string[]): UsageError {
  const near = closest(word, choices);
  const where = [PROGRAM, ...within].join(" ");
  return new UsageError(
    `unknown command "${word}" for ${where}${near ? ` (did you mean "${near}"?)` : ""}; one of: ${choices.join(", ")}`,
  );
}

/** Finds the group or command the words name, loading only the modules of the groups named. */
async function resolve(
  words: readonly string[],
): Promise<{ group: GroupSpec; command?: CommandSpec; used: number }> {
  const [first = ""] = words;
  const entry = Object.hasOwn(groups, first) ? groups[first] : undefined;
  if (!entry) throw unknown(first, [], [...Object.keys(groups), "verify"]);
  let group = (await entry.load()).group;
  for (let i = 1; i < words.length; i++) {
    const word = words[i] as string;
    if (Object.hasOwn(group.commands, word))
      return { group, command: group.commands[word] as CommandSpec, used: i + 1 };
    if (!Object.hasOwn(group.groups, word)) {
      throw unknown(word, words.slice(0, i), [
        ...Object.keys(group.commands),
        ...Object.keys(group.groups),
      ]);
    }
    group = (await (group.groups[word] as GroupEntry).load()).group;
  }
  return { group, used: words.length };
}

/**
 * Runs the command line past the root help: `--version`, group and command help, and commands,
 * each loading only the modules it needs. Returns the exit code; usage errors are printed here.
 */
export async function dispatch(argv: readonly string[]): Promise<number> {
  try {
    return await route(argv);
  } catch (error) {
    const { reportError } = await import("../output/report-error.js");
    const write = (text: string) => process.stderr.write(text);
    return reportError(error, [], write, { color: false, json: argv.includes("--json") });
  }
}

async function route(argv: readonly string[]): Promise<number> {
  const width = helpWidth(process.stdout, process.env);
  const { words: all, rest } = leadingWords(argv);
  const help = rest.includes("--help") || rest.includes("-h") || all[0] === "help";
  const words = all[0] === "help" ? all.slice(1) : all;
  if (words.length === 0) {
    if (!help && (rest.includes("--version") || rest.includes("-V"))) {
      const pkg = JSON.parse(
        readFileSync(new URL("../../package.json", import.meta.url), "utf8"),
      ) as {
        version: string;
      };
      process.stdout.write(`${pkg.version}\n`);
      return 0;
    }
    if (rest.length > 0 && !help) throw new UsageError(`a command is missing before ${rest[0]}`);
    process.stdout.write(rootHelp(groups, width));
    return 0;
  }
  if (words[0] === "verify" && words.length === 1) {
    const { runVerify } = await import("../verify/run-verify.js");
    return runVerify(help && !rest.includes("--help") ? ["--help", ...rest] : rest, process.env, {
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
    });
  }
  const { group, command, used } = await resolve(words);
  const path = words.slice(0, used);
  if (!command) {
    const text = groupHelp(path, group, width);
    if (help) process.stdout.write(text);
    else process.stderr.write(text);
    return help ? 0 : 2;
  }
  if (help) {
    const { commandHelp } = await import("../help/command-help.js");
    process.stdout.write(commandHelp(path, command, width));
    return 0;
  }
  const { runCommand } = await import("./run.js");
  return runCommand(path, command, [...words.slice(used), ...rest]);
}
