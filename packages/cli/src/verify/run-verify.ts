import type { FetchLike } from "@zt-devices/client";
import { parseArgs } from "../args/args.js";
import { resolveConnection } from "../args/config.js";
import { UsageError } from "../args/usage-error.js";
import { groups } from "../commands.gen.js";
import { helpWidth } from "../help/help.js";
import { reportError } from "../output/report-error.js";
import { formatReport, reportJson } from "./format-report.js";
import { planReads } from "./plan-reads.js";
import { createReadFetch } from "./read-fetch.js";
import { readOperations } from "./read-operations.js";
import { verifyAccount } from "./verify-account.js";
import { VERIFY_OPTIONS, verifyHelp } from "./verify-help.js";
import { isClean } from "./verify-report.js";

/** Where `verify` writes, and the `fetch` its requests go through (the mock's, with `--mock`). */
export interface VerifyIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly fetch?: FetchLike;
}

/**
 * `zt-devices verify`: calls every read-only operation of the account and checks each answer
 * against the spec. Returns the exit code: 0 when every answer agrees, 1 when any disagrees or
 * a call failed, 2 for a usage error.
 *
 * @example
 * const code = await runVerify(["--json"], process.env, { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) });
 */
export async function runVerify(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  io: VerifyIo,
): Promise<number> {
  try {
    const { values, positionals } = parseArgs(argv, VERIFY_OPTIONS);
    if (values.help === true) {
      io.stdout(verifyHelp(helpWidth(process.stdout, env)));
      return 0;
    }
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const mock = values.mock === true;
    if (values["mock-state"] !== undefined && !mock)
      throw new UsageError("--mock-state needs --mock");
    const { connection, warnings } = resolveConnection({ scope: "account_id" }, values, env, mock);
    for (const warning of warnings) io.stderr(`warning: ${warning}\n`);
    let fetch = io.fetch;
    if (mock && !fetch) {
      const { openMockSession } = await import("../mock/mock-session.js");
      // Only reads: no lock to take, nothing to save.
      const statePath = values["mock-state"] as string | undefined;
      fetch = (await openMockSession(statePath, { writes: false })).fetch;
    }
    const { validateResponse } = await import("@zt-devices/validators/operations");
    const report = await verifyAccount({
      plan: planReads(await readOperations(groups)),
      fetch: createReadFetch(connection, fetch),
      hasZone: connection.zoneId !== undefined,
      check: async (operationId, status, body) =>
        (await validateResponse(operationId as never, status, body)).issues ?? [],
    });
    io.stdout(values.json === true ? reportJson(report) : formatReport(report));
    return isClean(report) ? 0 : 1;
  } catch (error) {
    return reportError(error, ["verify"], io.stderr, {
      color: false,
      json: argv.includes("--json"),
    });
  }
}
