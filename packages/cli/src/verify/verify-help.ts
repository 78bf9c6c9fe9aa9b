import { GLOBAL_OPTIONS } from "../args/global-options.js";
import { optionLabel, PROGRAM } from "../help/help.js";
import { columns, wrap } from "../help/layout.js";

/** What root help says of `verify`. */
export const VERIFY_SUMMARY =
  "Check every read-only answer of your account against the spec (never writes)";

/** The options `verify` takes: the global ones that make sense for a read-only run. */
export const VERIFY_OPTIONS = GLOBAL_OPTIONS.filter((o) => o.flag !== "yes");

/** The text of `zt-devices verify --help`. */
export function verifyHelp(width: number): string {
  const options = VERIFY_OPTIONS;
  return [
    ...wrap(`${PROGRAM} verify: ${VERIFY_SUMMARY}.`, width),
    "",
    `Usage: ${PROGRAM} verify [options]`,
    "",
    ...wrap(
      "Calls every GET operation of the API for the account: every page of each list, then a get of the first record each list gave. Each answer is validated against the spec, and every disagreement is printed with its operationId and JSON pointer. Nothing is ever created, changed or deleted. The exit code is 0 when every answer agrees, 1 when one disagrees or a call failed, 2 for a usage error.",
      width,
    ),
    "",
    "Options:",
    columns(
      options.map((o) => [optionLabel(o), o.description] as const),
      width,
    ),
    "",
  ].join("\n");
}
