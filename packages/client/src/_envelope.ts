import type { Exchange } from "./api-promise.js";
import { type ApiMessage, createApiError } from "./errors.js";

/** The call an answer belongs to, as named in errors. */
export interface CallRef {
  method: string;
  path: string;
}

/**
 * Reads an answer and unwraps the `{ success, errors, messages, result, result_info }` envelope:
 * the only place that does. Throws the `CloudflareApiError` subclass for a non-2xx status or a 2xx
 * with `success: false`. With `envelope` false (operations that answer with a bare body) the body
 * is the result.
 */
export async function readExchange(
  response: Response,
  call: CallRef,
  envelope: boolean,
): Promise<Exchange> {
  const text = await response.text();
  let body: unknown = null;
  if (text !== "") {
    try {
      body = JSON.parse(text);
    } catch {
      if (response.ok) {
        throw new SyntaxError(
          `Invalid JSON in the ${response.status} answer to ${call.method} ${call.path}: ${text.slice(0, 80)}`,
        );
      }
    }
  }
  const record = typeof body === "object" && body !== null ? (body as Record<string, unknown>) : {};
  if (!response.ok || (envelope && record.success === false)) {
    throw createApiError({
      status: response.status,
      headers: response.headers,
      errors: messagesOf(record.errors),
      messages: messagesOf(record.messages),
      method: call.method,
      path: call.path,
    });
  }
  return { data: envelope ? record.result : body, envelope: body, response };
}

function messagesOf(value: unknown): ApiMessage[] {
  return Array.isArray(value) ? value.filter((m) => m?.message !== undefined) : [];
}
