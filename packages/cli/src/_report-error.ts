import { ApiConnectionError, CloudflareApiError } from "@zt-devices/client";
import { PROGRAM } from "./_help.js";
import { red } from "./_terminal.js";
import { UsageError } from "./_usage-error.js";

/**
 * Prints an error the way a user can act on it, without a stack trace, and returns the exit
 * code: 2 for usage errors (with a pointer to help), 1 for API errors (status, route and every
 * Cloudflare error code and message) and for anything else.
 */
export function reportError(
  error: unknown,
  words: readonly string[],
  write: (text: string) => void,
  color: boolean,
): number {
  const label = red(`${PROGRAM}:`, color);
  if (error instanceof UsageError) {
    write(
      `${label} ${error.message}\nRun \`${[PROGRAM, ...words].join(" ")} --help\` for usage.\n`,
    );
    return 2;
  }
  if (error instanceof CloudflareApiError) {
    const lines = [`${label} API error ${error.status} on ${error.method} ${error.path}`];
    for (const e of error.errors) lines.push(`  error ${e.code}: ${e.message}`);
    for (const m of error.messages) lines.push(`  message ${m.code}: ${m.message}`);
    if (error.rayId) lines.push(`  cf-ray: ${error.rayId}`);
    write(`${lines.join("\n")}\n`);
    return 1;
  }
  if (error instanceof ApiConnectionError) {
    write(`${label} ${error.message}\n`);
    return 1;
  }
  const message = error instanceof Error ? error.message : String(error);
  write(`${label} unexpected error: ${message}\n`);
  return 1;
}
