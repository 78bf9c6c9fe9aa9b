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
  /** Folder of `command-spec.ts` and `define-group.ts`, relative to `folder`. */
  specDir: string;
  /** Module exporting `operationTable`: a package, or a path relative to `folder` (`./...`). */
  tableModule: string;
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
 * One command, or a group with every command moved out, that is still longer is emitted as it is:
 * a foreign spec's operation may take more flags than fit, and it cannot be split further.
 */
export function groupModules(
  words: readonly string[],
  group: CliGroup,
  options: GroupModulesOptions,
): GroupModule[] {
  const { folder, specDir, tableModule, header, maxLines } = options;
  const name = words.at(-1) as string;
  const here = words.slice(0, -1).join("/");
  const path = (file: string) => posix.join(folder, here, file);
  const specImport = (from: string) => importPath(from, posix.join(specDir, "command-spec.js"));
  const commandText = (command: CliCommand) => JSON.stringify(command, null, 2);
  const names = Object.keys(group.commands);
  const moved = new Set<string>();
  const render = () =>
    groupText(words, group, moved, {
      defineGroup: importPath(here || ".", posix.join(specDir, "define-group.js")),
      table: tableModule.startsWith(".") ? importPath(here || ".", tableModule) : tableModule,
      header,
    });
  let text = render();
  while (lineCount(text) > maxLines) {
    const longest = names
      .filter((n) => !moved.has(n))
      .map((n) => [n, lineCount(commandText(group.commands[n] as CliCommand))] as const)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    // Every command is in a module of its own: the group's module is as short as it gets.
    if (!longest) break;
    moved.add(longest[0]);
    text = render();
  }
  const below = posix.join(here, name);
  const commandModules = [...moved].sort().map((command) => {
    const contents = [
      header,
      `import type { CommandEntry } from "${specImport(below)}";`,
      "",
      `/** The \`${[...words, command].join(" ")}\` command. */`,
      `export const command = ${commandText(group.commands[command] as CliCommand)} as const satisfies CommandEntry;`,
      "",
    ].join("\n");
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
  from: { defineGroup: string; table: string; header: string },
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
  // Biome's order: packages, then relative paths from the farthest.
  const lines = [
    `import { operationTable } from "${from.table}";`,
    `import { defineGroup } from "${from.defineGroup}";`,
    ...imports,
  ];
  const key = (line: string) => {
    const path = /from "([^"]+)";$/.exec(line)?.[1] ?? "";
    const rank = path.startsWith(".") ? 1000 - (path.match(/\.\.\//g)?.length ?? 0) : 0;
    return `${rank}`.padStart(4, "0") + path;
  };
  return [
    from.header,
    ...lines.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)),
    "",
    `/** The \`${words.join(" ")}\` commands; route, call, scope and pagination from \`operationTable\`. */`,
    "export const group = defineGroup(operationTable, {",
    `  "description": ${JSON.stringify(group.description)},`,
    `  "commands": {${commands.length > 0 ? `\n${commands.join("\n")}\n  ` : ""}},`,
    `  "groups": {${groups.length > 0 ? `\n${groups.join("\n")}\n  ` : ""}},`,
    "});",
    "",
  ].join("\n");
}

/** The import of the module `to` from the folder `from` (both relative to one folder): `./a.js`, `../a.js`. */
export function importPath(from: string, to: string): string {
  const target = posix.relative(from, to);
  return target.startsWith(".") ? target : `./${target}`;
}
