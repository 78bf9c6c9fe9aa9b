import type { Exchange } from "../api-promise.js";
import { type ApiMessage, createApiError, InvalidResponseError } from "../errors.js";

/** The call an answer belongs to, as named in errors. */
export interface CallRef {
  method: string;
  path: string;
}

const EXCERPT = 1000;

/**
 * Unwraps the `{ success, errors, messages, result, result_info }` envelope of an answer whose
 * body was read as `text`: the only place that does. Throws the `CloudflareApiError` subclass for
 * a non-2xx status, a 2xx with `success: false`, or a 2xx that is not JSON
 * (`InvalidResponseError`); an error keeps a bounded excerpt of the body, and `redact` takes the
 * client's credentials out of everything it quotes. With `envelope` false (operations that answer
 * with a bare body) the body is the result.
 */
export function readExchange(
  response: Response,
  text: string,
  call: CallRef,
  envelope: boolean,
  redact: (text: string) => string,
): Exchange {
  let body: unknown = null;
  let json = true;
  if (text !== "") {
    try {
      body = JSON.parse(text);
    } catch {
      json = false;
    }
  }
  const { ok } = response;
  if (ok && json && !(envelope && (body as { success?: unknown } | null)?.success === false)) {
    return {
      data: envelope ? (body as { result?: unknown } | null)?.result : body,
      envelope: body,
      response,
    };
  }
  const record = typeof body === "object" && body !== null ? (body as Record<string, unknown>) : {};
  const excerpt = redact(text.slice(0, EXCERPT));
  const init = {
    status: response.status,
    headers: response.headers,
    errors: messagesOf(record.errors, redact),
    messages: messagesOf(record.messages, redact),
    method: call.method,
    path: call.path,
    body: excerpt,
    detail: json ? undefined : summary(excerpt, response.headers.get("content-type")),
  };
  throw ok && !json ? new InvalidResponseError(init) : createApiError(init);
}

// What a message quotes of a body that is not JSON: an HTML page's title, else its first words.
function summary(excerpt: string, type: string | null): string {
  const title = /<title[^>]*>([^<]*)/i.exec(excerpt)?.[1];
  const words = (title ?? excerpt).replace(/\s+/g, " ").trim().slice(0, 120);
  return `${type?.split(";")[0] || "non-JSON"} answer${words ? `: ${words}` : ""}`;
}

function messagesOf(value: unknown, redact: (text: string) => string): ApiMessage[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((m) => typeof m?.message === "string")
    .map((m) => ({ ...m, message: redact(m.message) }));
}
