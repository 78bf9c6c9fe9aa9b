import type { ApiMessage } from "./_failure.js";

/** The body of a successful answer: the Cloudflare v4 envelope around `result`. */
export function successBody(result: unknown, resultInfo?: unknown): Record<string, unknown> {
  const body: Record<string, unknown> = { errors: [], messages: [], success: true, result };
  if (resultInfo !== undefined) body.result_info = resultInfo;
  return body;
}

/** The body of a failed answer, as the API sends it for every 4xx and 5xx. */
export function failureBody(errors: readonly ApiMessage[]): Record<string, unknown> {
  return { errors, messages: [], result: null, success: false };
}
