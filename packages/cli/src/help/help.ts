import { GLOBAL_OPTIONS, type OptionHelp, VERSION_OPTION } from "../args/global-options.js";
import type { FlagSpec, GroupEntry, GroupSpec } from "../commands/command-spec.js";
import { columns, wrap } from "./layout.js";

/**
 * The width to wrap help to: the terminal's (or `COLUMNS`), at most 100 so that prose stays
 * readable; 100 when piped.
 */
export function helpWidth(
  stdout: { readonly isTTY?: boolean; readonly columns?: number },
  env: Readonly<Record<string, string | undefined>>,
): number {
  const fromEnv = Number(env.COLUMNS);
  const columns =
    Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : stdout.isTTY ? stdout.columns || 80 : 100;
  return Math.min(columns, 100);
}

/** The program name as help shows it. */
export const PROGRAM = "zt-devices";

/** How an option is written in help: `-y, --yes`, `--per-page <number>`, `--[no-]enabled`. */
export function optionLabel(
  option: Pick<OptionHelp, "flag" | "short" | "type" | "placeholder" | "enum">,
): string {
  const short = option.short ? `-${option.short}, ` : "";
  if (option.type === "boolean") return `${short}--${option.flag}`;
  const value =
    option.placeholder ??
    (option.enum
      ? "value"
      : option.type === "json"
        ? "json|@file"
        : option.type === "integer"
          ? "number"
          : option.type);
  return `${short}--${option.flag} <${value}>`;
}

/** The description of a command's option: the spec's words, then allowed values and constraints. */
export function flagDescription(flag: FlagSpec): string {
  const parts = [flag.description ?? ""];
  if (flag.enum) parts.push(`One of: ${flag.enum.join(", ")}.`);
  if (flag.array) parts.push("Repeat for several values.");
  if (flag.type === "boolean") parts.push(`(--no-${flag.flag} for false)`);
  if (flag.required) parts.push("(required)");
  return parts.filter(Boolean).join(" ");
}

/** Help of the program: the groups from the index (no group module is loaded) and the global options. */
export function rootHelp(groups: { readonly [name: string]: GroupEntry }, width: number): string {
  const rows = Object.entries(groups).map(([name, g]) => [name, g.description] as const);
  return [
    `${PROGRAM}: every Cloudflare Zero Trust Devices API operation, from the command line.`,
    "",
    `Usage: ${PROGRAM} <group> [<sub-group>...] <command> [options]`,
    "",
    "Groups:",
    columns(rows, width),
    "",
    "Commands:",
    columns([["verify", "Check every read-only answer of the account against the spec"]], width),
    "",
    "Options:",
    columns(
      [...GLOBAL_OPTIONS, VERSION_OPTION].map((o) => [optionLabel(o), o.description] as const),
      width,
    ),
    "",
    ...wrap(
      "Credentials come from CLOUDFLARE_API_TOKEN (or CLOUDFLARE_EMAIL and CLOUDFLARE_API_KEY) and the account from CLOUDFLARE_ACCOUNT_ID. No account? Add --mock to any command.",
      width,
    ),
    "",
    `Run \`${PROGRAM} <group> --help\` for a group's commands.`,
    "",
  ].join("\n");
}

/** Help of a group: its commands (deprecated ones say what to use instead) and its sub-groups. */
export function groupHelp(words: readonly string[], group: GroupSpec, width: number): string {
  const path = [PROGRAM, ...words].join(" ");
  const commands = Object.entries(group.commands).map(
    ([name, c]) =>
      [name, c.deprecated ? `${c.summary} (deprecated: ${c.deprecated})` : c.summary] as const,
  );
  const groups = Object.entries(group.groups).map(([name, g]) => [name, g.description] as const);
  return [
    ...wrap(`${path}: ${group.description}`, width),
    "",
    `Usage: ${path} ${groups.length > 0 ? "<command|group>" : "<command>"} [options]`,
    ...(commands.length > 0 ? ["", "Commands:", columns(commands, width)] : []),
    ...(groups.length > 0 ? ["", "Groups:", columns(groups, width)] : []),
    "",
    `Run \`${path} <command> --help\` for a command's options.`,
    "",
  ].join("\n");
}
