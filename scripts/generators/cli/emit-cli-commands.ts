import { posix } from "node:path";
import { type GeneratorResult, generatedHeader } from "../../generate/generated-file.js";
import type { Model } from "../../model/model.js";
import { MAX_MODULE_LINES } from "../../module-size.js";
import { type LeftOut, leftOutComment } from "../left-out.js";
import { type CliCommand, commandWords, transformOperation } from "./command.js";
import { type CliGroup, groupModules, importPath } from "./group-modules.js";
import { type CliOperation, collectCliOperations } from "./operations.js";

/** Where the command modules go; the defaults suit `packages/cli/src/`. */
export interface CliCommandsOptions {
  /** Folder of the emitted files, relative to the repository root. */
  outDir?: string;
  /** Folder of `command-spec.ts` and `define-group.ts`, relative to `outDir`. Default `commands`. */
  specDir?: string;
  /**
   * Module exporting `operationTable`: a package, or a path relative to `outDir` (`./...`).
   * Default `@zt-devices/types/operations`.
   */
  tableModule?: string;
  /** The spec named in the header. */
  source?: string;
  /** The most lines an emitted module may have. */
  maxLines?: number;
}

interface Node {
  ops: CliOperation[];
  commands: Map<string, CliCommand>;
  groups: Map<string, Node>;
}

const HEADER = (source: string) => generatedHeader("cli/emit-cli-commands", source);

/**
 * Emits the CLI's commands: `commands.gen.ts`, the index of top-level groups that root help reads
 * and that loads a group only when one of its commands runs, and `commands/<group>.gen.ts` (sub-groups
 * in `commands/<group>/<sub>.gen.ts`, loaded in turn only when named), one module per group with
 * every command's options, body and table columns, its route, call, scope and pagination read from
 * the shared `operationTable` by `defineGroup`; a group too long for one module keeps its longest
 * commands in modules of their own.
 */
export function emitCliCommands(model: Model, options: CliCommandsOptions = {}): GeneratorResult {
  const {
    outDir = "packages/cli/src",
    specDir = "commands",
    tableModule = "@zt-devices/types/operations",
    source = "spec/openapi.yaml",
    maxLines = MAX_MODULE_LINES,
  } = options;
  const leftOut: LeftOut[] = [];
  const ops = collectCliOperations(model, leftOut);
  const root: Node = { ops: [], commands: new Map(), groups: new Map() };
  for (const op of ops) {
    const words = commandWords(op);
    let node = root;
    for (const word of words.slice(0, -1)) {
      let next = node.groups.get(word);
      if (!next) {
        next = { ops: [], commands: new Map(), groups: new Map() };
        node.groups.set(word, next);
      }
      node = next;
    }
    const name = words.at(-1) as string;
    if (node.groups.has(name)) throw new Error(`${words.join(" ")} is both a command and a group`);
    node.ops.push(op);
    node.commands.set(name, transformOperation(model.document, op, ops));
  }
  const { tags } = model;
  const names = [...root.groups.keys()].sort();
  const groups = names.map((name) => [name, toGroup(root.groups.get(name) as Node, tags)] as const);
  const index = [
    HEADER(source) +
      leftOutComment(leftOut)
        .map((line) => `${line}\n`)
        .join(""),
    `import type { GroupEntry } from "${relativeImport(specDir)}";`,
    "",
    "/** The top-level command groups; each module is loaded only when one of its commands runs. */",
    "export const groups: { readonly [name: string]: GroupEntry } = {",
    ...groups.map(
      ([name, group]) =>
        `  ${JSON.stringify(name)}: { description: ${JSON.stringify(group.description)}, load: () => import("./commands/${name}.gen.js") },`,
    ),
    "};",
    "",
  ].join("\n");
  const files = [
    { path: `${outDir}/commands.gen.ts`, contents: index },
    ...groups.flatMap(([name, group]) =>
      groupModules([name], group, {
        folder: `${outDir}/commands`,
        specDir: posix.relative("commands", specDir),
        tableModule: tableModule.startsWith(".")
          ? importPath("commands", tableModule)
          : tableModule,
        header: HEADER(source),
        maxLines,
      }),
    ),
  ];
  return { files, counts: { commands: ops.length, groups: names.length } };
}

/** A group and its sub-groups, keys sorted; described by the tag of its own operations, else by its sub-groups' tags. */
function toGroup(node: Node, tags: Map<string, string>): CliGroup {
  const sorted = <T>(map: Map<string, T>) =>
    [...map.keys()].sort().map((k) => [k, map.get(k) as T] as const);
  const own = [...new Set(node.ops.map((op) => op.tag).filter((t) => t !== undefined))];
  const below = sorted(node.groups).flatMap(([, child]) => child.ops.map((op) => op.tag));
  const names = [...new Set(below.filter((t) => t !== undefined))];
  const description =
    own.length === 1
      ? (tags.get(own[0] as string) ?? (own[0] as string))
      : names.length > 0
        ? `${names.join("; ")}.`
        : "";
  return {
    description,
    commands: Object.fromEntries(sorted(node.commands)),
    groups: Object.fromEntries(sorted(node.groups).map(([k, child]) => [k, toGroup(child, tags)])),
  };
}

// The import of `command-spec.js` from `commands.gen.ts`; `specDir` is relative to `outDir`.
function relativeImport(specDir: string): string {
  return importPath(".", posix.join(specDir, "command-spec.js"));
}
