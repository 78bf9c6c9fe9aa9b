import { readFileSync } from "node:fs";
import type { FetchLike } from "@zt-devices/client";
import type { JsonSources } from "../args/json-input.js";
import { UsageError } from "../args/usage-error.js";
import type { CommandSpec } from "../commands/command-spec.js";
import { PROGRAM } from "../help/help.js";
import { outputError } from "../output/output-error.js";
import { reportError } from "../output/report-error.js";
import { detectTerminal, type Terminal } from "../output/terminal.js";
import { confirm } from "./confirm.js";
import { executeCommand, type Output } from "./execute.js";
import { type PreparedCommand, prepareCommand, type RequestValidator } from "./prepare.js";

const sources: JsonSources = {
  readFile: (path) => readFileSync(path, "utf8"),
  // Asynchronously, to its end: a synchronous read of a pipe Node has made non-blocking fails
  // with EAGAIN as soon as the writer is slower than the CLI or writes more than the pipe holds.
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  },
};

const validate: RequestValidator = async (operationId, parts) => {
  // The operations entry loads one operation's validators, not every schema module.
  const { validateRequest } = await import("@zt-devices/validators/operations");
  const result = await validateRequest(operationId as Parameters<typeof validateRequest>[0], parts);
  return result.issues ?? [];
};

async function confirmed(
  words: readonly string[],
  command: CommandSpec,
  prepared: PreparedCommand,
  terminal: Terminal,
) {
  if (prepared.values.yes === true) return true;
  const name = [PROGRAM, ...words].join(" ");
  if (!terminal.interactive) {
    throw new UsageError(
      `refusing to run \`${name}\` without confirmation: pass --yes (there is no terminal to ask on)`,
    );
  }
  const { path, query } = prepared.request;
  const targets = [...path, ...Object.entries(query)].map(
    ([k, v]) => `${k} ${Array.isArray(v) ? v.join(", ") : String(v)}`,
  );
  return confirm(`${command.summary}${targets.length > 0 ? ` (${targets.join("; ")})` : ""}?`);
}

/**
 * Runs one command: prepares and checks it, asks before destructive operations, sends it (to the
 * embedded mock with `--mock`) and prints the result. Returns the exit code: 0, 1 for API errors,
 * 2 for usage errors.
 */
export async function runCommand(
  words: readonly string[],
  command: CommandSpec,
  argv: readonly string[],
): Promise<number> {
  const terminal = detectTerminal(process, process.env);
  const out: Output = {
    stdout: (text) => {
      try {
        process.stdout.write(text);
      } catch (error) {
        throw outputError(error);
      }
    },
    stderr: (text) => process.stderr.write(text),
  };
  try {
    const prepared = await prepareCommand(command, argv, process.env, sources, validate);
    for (const warning of prepared.warnings) out.stderr(`warning: ${warning}\n`);
    if (command.destructive && !(await confirmed(words, command, prepared, terminal))) {
      out.stderr("Cancelled: nothing was sent.\n");
      return 2;
    }
    if (command.deprecated) {
      const name = [PROGRAM, ...words].join(" ");
      out.stderr(`warning: \`${name}\` is deprecated: ${command.deprecated}\n`);
    }
    let fetch: FetchLike | undefined;
    let save = async () => {};
    let close = () => {};
    if (prepared.mock) {
      const { openMockSession } = await import("../mock/mock-session.js");
      const writes = !command.route.startsWith("GET ");
      const session = await openMockSession(prepared.mock.statePath, { writes });
      fetch = session.fetch;
      close = () => session.close();
      if (session.stale > 0) {
        const file = prepared.mock.statePath;
        out.stderr(
          `warning: ${session.stale} change(s) kept in ${file} no longer apply to the mock; delete the file to start over\n`,
        );
      }
      save = () => session.save();
    }
    try {
      await executeCommand(command, prepared, terminal, out, fetch);
    } finally {
      try {
        await save();
      } finally {
        close();
      }
    }
    return 0;
  } catch (error) {
    const json = argv.includes("--json");
    return reportError(error, words, out.stderr, { color: terminal.color.stderr, json });
  }
}
