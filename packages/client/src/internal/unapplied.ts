// How runtimes say that nothing reached the server: undici and Deno's messages, Bun's code.
const UNAPPLIED = /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ConnectionRefused|connection refused/i;

/**
 * Whether a failed `fetch` cannot have reached the server (the connection was refused, or the
 * name did not resolve), so that even a write is safe to send again.
 */
export function isUnapplied(error: unknown): boolean {
  for (
    let e = error as { code?: unknown; message?: unknown; cause?: unknown } | undefined, depth = 0;
    e && depth < 4;
    e = e.cause as typeof e, depth++
  ) {
    if (UNAPPLIED.test(`${String(e.code)} ${String(e.message)}`)) return true;
  }
  return false;
}
