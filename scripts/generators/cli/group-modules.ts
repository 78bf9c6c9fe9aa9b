import { posix } from "node:path";
import { lineCount } from "../../module-size.js";
import type { CliCommand } from "./command.js";

/** A command group as emitted, before it becomes modules. */
export interface CliGroup {
  description: string;
  commands: Record<string, CliCommand>;
  groups: Record<string, CliGroup>;
}

/** Where the group modules go and how long one may be. */
export interface GroupModulesOptions {
  /** Folder of the group modules, relative to the repository root: `packages/cli/src/commands`. */
  folder: string;
  /** Folder of `command-spec.ts`, relative to `folder`. */
  specDir: string;
  /** The header every module starts with. */
  header: string;
  /** The most lines a module may have. */
  maxLines: number;
}

/** One emitted module: its path from the repository root and its text. */
export interface GroupModule {
  path: string;
  contents: string;
}

/**
 * The modules of a group and of its sub-groups, one per group at `<folder>/<words...>.gen.ts`, each
 * loading its sub-groups only when asked. A group whose module would run over `maxLines` moves its
 * longest commands, one by one, to modules of their own beside its sub-groups', which it imports.
 * Throws when one command, or a group with every command moved out, is still too long.
 */
export function groupModules(
  words: readonly string[],
  group: CliGroup,
  options: GroupModulesOptions,
): GroupModule[] {
  const { folder, specDir, header, maxLines } = options;
  const name = words.at(-1) as string;
  const here = words.slice(0, -1).join("/");
  const path = (file: string) => posix.join(folder, here, file);
  const specImport = (from: string) => {
    const target = posix.join(posix.relative(from, specDir), "command-spec.js");
    return target.startsWith(".") ? target : `./${target}`;
  };
  const commandText = (command: CliCommand) => JSON.stringify(command, null, 2);
  const names = Object.keys(group.commands);
  const moved = new Set<string>();
  const render = () => groupText(words, group, moved, specImport(here || "."), header);
  let text = render();
  while (lineCount(text) > maxLines) {
    const longest = names
      .filter((n) => !moved.has(n))
      .map((n) => [n, lineCount(commandText(group.commands[n] as CliCommand))] as const)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    if (!longest) {
      throw new Error(
        `the module of the group "${words.join(" ")}" has ${lineCount(text)} lines with every command in a module of its own; at most ${maxLines} are allowed`,
      );
    }
    moved.add(longest[0]);
    text = render();
  }
  const below = posix.join(here, name);
  const commandModules = [...moved].sort().map((command) => {
    const contents = [
      header,
      `import type { CommandSpec } from "${specImport(below)}";`,
      "",
      `/** The \`${[...words, command].join(" ")}\` command. */`,
      `export const command: CommandSpec = ${commandText(group.commands[command] as CliCommand)};`,
      "",
    ].join("\n");
    if (lineCount(contents) > maxLines) {
      throw new Error(
        `the command "${[...words, command].join(" ")}" takes ${lineCount(contents)} lines; a module may have at most ${maxLines}`,
      );
    }
    return { path: posix.join(folder, below, `${command}.gen.ts`), contents };
  });
  const subModules = Object.entries(group.groups).flatMap(([sub, child]) =>
    groupModules([...words, sub], child, options),
  );
  return [{ path: path(`${name}.gen.ts`), contents: text }, ...commandModules, ...subModules];
}

// The text of a group's module; the commands in `moved` are imported from modules of their own.
function groupText(
  words: readonly string[],
  group: CliGroup,
  moved: ReadonlySet<string>,
  specImport: string,
  header: string,
): string {
  const name = words.at(-1) as string;
  const local = (command: string) =>
    `${command.replace(/-(.)/g, (_, c: string) => c.toUpperCase())}Command`;
  const indent = (text: string) => text.replace(/\n/g, "\n    ");
  const commands = Object.entries(group.commands).map(
    ([command, spec]) =>
      `    ${JSON.stringify(command)}: ${moved.has(command) ? local(command) : indent(JSON.stringify(spec, null, 2))},`,
  );
  const groups = Object.entries(group.groups).map(
    ([sub, child]) =>
      `    ${JSON.stringify(sub)}: { description: ${JSON.stringify(child.description)}, load: () => import("./${name}/${sub}.gen.js") },`,
  );
  const imports = [...moved]
    .sort()
    .map(
      (command) => `import { command as ${local(command)} } from "./${name}/${command}.gen.js";`,
    );
  return [
    header,
    `import type { GroupSpec } from "${specImport}";`,
    ...imports,
    "",
    `/** The \`${words.join(" ")}\` commands. */`,
    "export const group: GroupSpec = {",
    `  "description": ${JSON.stringify(group.description)},`,
    `  "commands": {${commands.length > 0 ? `\n${commands.join("\n")}\n  ` : ""}},`,
    `  "groups": {${groups.length > 0 ? `\n${groups.join("\n")}\n  ` : ""}},`,
    "};",
    "",
  ].join("\n");
}
