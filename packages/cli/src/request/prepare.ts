import { parseArgs } from "../args/args.js";
import { type Connection, resolveConnection } from "../args/config.js";
import { ALL_OPTION, DATA_OPTION, GLOBAL_OPTIONS } from "../args/global-options.js";
import { type JsonSources, readJsonArgument } from "../args/json-input.js";
import { UsageError } from "../args/usage-error.js";
import type { CommandSpec } from "../commands/command-spec.js";
import { describeIssue, type RequestIssue } from "../output/issue-text.js";
import { buildRequest, type CommandRequest } from "./request.js";

/** A command checked and ready to send: nothing about it can be a usage error any more. */
export interface PreparedCommand {
  readonly values: Readonly<Record<string, unknown>>;
  readonly request: CommandRequest;
  readonly connection: Connection;
  readonly warnings: readonly string[];
  /** Set with `--mock`: where the mock's state is kept, if anywhere. */
  readonly mock?: { readonly statePath?: string };
}

/** Checks a request as the API would, with the operation's validator loaded on demand. */
export type RequestValidator = (
  operationId: string,
  parts: { params: Record<string, unknown>; query: Record<string, unknown>; body?: unknown },
) => Promise<readonly RequestIssue[]>;

/**
 * Turns a command's arguments into a request and checks all of it before anything is sent:
 * options (types, enums, required), JSON and files, credentials, and the whole request against
 * the spec. Every problem is a `UsageError` naming the option or the JSON pointer.
 */
export async function prepareCommand(
  command: CommandSpec,
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  sources: JsonSources,
  validate: RequestValidator,
): Promise<PreparedCommand> {
  const specs = [...command.flags, ...GLOBAL_OPTIONS];
  if (command.body) specs.push(DATA_OPTION);
  if (command.pagination) specs.push(ALL_OPTION);
  else if (argv.includes("--all")) {
    throw new UsageError(
      "--all follows pagination, and this command's answer is not paginated: it comes whole",
    );
  }
  const { values, positionals } = parseArgs(argv, specs);
  if (positionals.length > 0) {
    const pathFlag = command.flags.find((f) => f.in === "path");
    const hint = pathFlag
      ? `; path parameters are options: --${pathFlag.flag} ${positionals[0]}`
      : "";
    throw new UsageError(`unexpected argument "${positionals[0]}"${hint}`);
  }
  const mock = values.mock === true;
  if (values["mock-state"] !== undefined && !mock)
    throw new UsageError("--mock-state needs --mock");
  const jsonOptions = command.flags.filter(
    (f) => f.type === "json" && values[f.flag] !== undefined,
  );
  const stdinUsers = [...jsonOptions.map((f) => f.flag), "data"].filter(
    (flag) => values[flag] === "-",
  );
  if (stdinUsers.length > 1) {
    throw new UsageError(
      `only one option can read standard input; ${stdinUsers.map((f) => `--${f}`).join(" and ")} both ask for it`,
    );
  }
  const parsed: Record<string, unknown> = Object.assign(Object.create(null), values);
  for (const f of jsonOptions)
    parsed[f.flag] = await readJsonArgument(`--${f.flag}`, String(values[f.flag]), sources);
  const data =
    values.data === undefined
      ? undefined
      : { value: await readJsonArgument("--data", String(values.data), sources) };
  const request = buildRequest(command, parsed, data);
  const { connection, warnings } = resolveConnection(command, values, env, mock);
  const params: Record<string, unknown> = Object.fromEntries(request.path);
  if (command.scope === "account_id") params.account_id = connection.accountId;
  if (command.scope === "zone_id") params.zone_id = connection.zoneId;
  const parts = {
    params,
    query: { ...request.query },
    ...("body" in request ? { body: request.body } : {}),
  };
  const issues = await validate(command.operationId, parts);
  if (issues.length > 0) {
    const fromOptions = new Set(
      command.flags
        .filter((f) => f.in === "body" && values[f.flag] !== undefined)
        .map((f) => f.name),
    );
    const lines = issues.map((issue) => describeIssue(issue, command, fromOptions));
    throw new UsageError(
      lines.length === 1
        ? (lines[0] as string)
        : `the request is invalid:\n  ${lines.join("\n  ")}`,
    );
  }
  const statePath = values["mock-state"] as string | undefined;
  return {
    values,
    request,
    connection,
    warnings,
    ...(mock ? { mock: statePath === undefined ? {} : { statePath } } : {}),
  };
}
