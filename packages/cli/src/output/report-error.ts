import { ApiConnectionError, CloudflareApiError } from "@zt-devices/client";
import { UsageError } from "../args/usage-error.js";
import { PROGRAM } from "../help/help.js";
import { FileError } from "../mock/fs-error.js";
import { red } from "./terminal.js";

/** How an error is printed: in red on a terminal, or as one JSON document with `--json`. */
export interface ErrorStyle {
  readonly color: boolean;
  readonly json: boolean;
}

/** An error as `--json` prints it on stderr: `{ "error": { kind, message, exitCode, ... } }`. */
function asJson(error: unknown, exitCode: number): string {
  let detail: Record<string, unknown>;
  if (error instanceof UsageError) detail = { kind: "usage", message: error.message };
  else if (error instanceof CloudflareApiError) {
    detail = {
      kind: "api",
      message: error.message,
      status: error.status,
      method: error.method,
      path: error.path,
      errors: error.errors,
      messages: error.messages,
      ...(error.rayId ? { rayId: error.rayId } : {}),
    };
  } else if (error instanceof ApiConnectionError)
    detail = { kind: "connection", message: error.message };
  else if (error instanceof FileError) detail = { kind: "file", message: error.message };
  else
    detail = {
      kind: "unexpected",
      message: error instanceof Error ? error.message : String(error),
    };
  return `${JSON.stringify({ error: { ...detail, exitCode } })}\n`;
}

const exitCodeOf = (error: unknown) => (error instanceof UsageError ? 2 : 1);

/**
 * Prints an error the way a user can act on it, without a stack trace, and returns the exit
 * code: 2 for usage errors (with a pointer to help), 1 for API errors (status, route and every
 * Cloudflare error code and message), for a file or the output that could not be written, and for
 * anything else. With `json`, the same as one JSON document.
 */
export function reportError(
  error: unknown,
  words: readonly string[],
  write: (text: string) => void,
  style: ErrorStyle,
): number {
  const code = exitCodeOf(error);
  if (style.json) {
    write(asJson(error, code));
    return code;
  }
  const label = red(`${PROGRAM}:`, style.color);
  if (error instanceof UsageError) {
    write(
      `${label} ${error.message}\nRun \`${[PROGRAM, ...words].join(" ")} --help\` for usage.\n`,
    );
  } else if (error instanceof CloudflareApiError) {
    const lines = [`${label} API error ${error.status} on ${error.method} ${error.path}`];
    for (const e of error.errors) lines.push(`  error ${e.code}: ${e.message}`);
    for (const m of error.messages) lines.push(`  message ${m.code}: ${m.message}`);
    if (error.rayId) lines.push(`  cf-ray: ${error.rayId}`);
    write(`${lines.join("\n")}\n`);
  } else if (error instanceof ApiConnectionError || error instanceof FileError) {
    write(`${label} ${error.message}\n`);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    write(`${label} unexpected error: ${message}\n`);
  }
  return code;
}
