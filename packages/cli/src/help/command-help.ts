import { ALL_OPTION, DATA_OPTION, GLOBAL_OPTIONS } from "../args/global-options.js";
import type { CommandSpec } from "../commands/command-spec.js";
import { flagDescription, optionLabel, PROGRAM } from "./help.js";
import { columns, wrap } from "./layout.js";

/**
 * Help of one command, from the spec: its summary and description, its options (path and query
 * parameters, then body fields), the global options, and the API route it calls.
 */
export function commandHelp(words: readonly string[], command: CommandSpec, width: number): string {
  const path = [PROGRAM, ...words].join(" ");
  const params = command.flags.filter((f) => f.in !== "body");
  const fields = command.flags.filter((f) => f.in === "body");
  const required = command.flags.filter(
    (f) => f.required && (f.in !== "body" || command.body?.required),
  );
  const usage = [path, ...required.map((f) => `${optionLabel(f)}`), "[options]"].join(" ");
  const row = (f: CommandSpec["flags"][number]) => [optionLabel(f), flagDescription(f)] as const;
  const notes: string[] = [];
  if (command.deprecated) notes.push(`Deprecated: ${command.deprecated}.`);
  if (command.destructive)
    notes.push("Asks for confirmation on a terminal; pass --yes where there is none.");
  const pathFlag = params.find((f) => f.in === "path");
  if (pathFlag)
    notes.push(`Path parameters are options too: --${pathFlag.flag} <value>, not a bare argument.`);
  const dotted = params.find((f) => f.name.includes("."));
  if (dotted) notes.push(`Nested filters keep the API's dot: --${dotted.flag}.`);
  const body: string[] = [];
  if (command.body) {
    body.push("", "Body:");
    body.push(
      columns(
        [
          [
            optionLabel(DATA_OPTION),
            `${DATA_OPTION.description}${command.body.required ? " (required unless the options below are given)" : ""}`,
          ],
        ],
        width,
      ),
    );
    if (fields.length > 0) {
      body.push(
        ...wrap(
          "Or field by field (these override the same fields of --data; objects and lists take JSON or @file):",
          width - 2,
        ).map((l) => `  ${l}`),
      );
      body.push(columns(fields.map(row), width));
    }
  }
  const own = [
    ...params.map(row),
    ...(command.pagination ? [[optionLabel(ALL_OPTION), ALL_OPTION.description] as const] : []),
  ];
  return [
    ...wrap(`${path}: ${command.summary}`, width),
    ...(command.description ? ["", ...wrap(command.description, width)] : []),
    ...(notes.length > 0 ? ["", ...notes.flatMap((n) => wrap(n, width))] : []),
    "",
    ...wrap(`Usage: ${usage}`, width - 7).map((line, i) => (i === 0 ? line : `       ${line}`)),
    ...(own.length > 0 ? ["", "Options:", columns(own, width)] : []),
    ...body,
    "",
    "Global options:",
    columns(
      GLOBAL_OPTIONS.map((o) => [optionLabel(o), o.description] as const),
      width,
    ),
    "",
    ...wrap(`API: ${command.route} (${command.operationId})`, width),
    "",
  ].join("\n");
}
