import type { Duplex } from "node:stream";
import { failureBody } from "./_envelope.js";
import { type ApiMessage, codes } from "./_failure.js";

/** An error node:http reports for a request it could not parse, with the bytes it choked on. */
export type ClientError = Error & { code?: string; rawPacket?: Buffer };

const REASONS: Record<number, string> = {
  400: "Bad Request",
  405: "Method Not Allowed",
  408: "Request Timeout",
  414: "URI Too Long",
  431: "Request Header Fields Too Large",
};

/** The status and error of a request node:http refused before the mock saw it. */
export function describeClientError(error: ClientError): { status: number; error: ApiMessage } {
  const packet = error.rawPacket?.toString("latin1") ?? "";
  if (error.code === "ERR_HTTP_REQUEST_TIMEOUT") {
    const message = "The request's headers did not arrive in time";
    return { status: 408, error: { code: codes.requestTimeout, message } };
  }
  const method = /^[A-Z][A-Z-]{0,31}(?= )/.exec(packet)?.[0];
  if (error.code === "HPE_INVALID_METHOD" && method !== undefined) {
    const message = `Method ${method} is not allowed; the API takes GET, HEAD, POST, PUT, PATCH and DELETE`;
    return { status: 405, error: { code: codes.methodNotAllowed, message } };
  }
  if (error.code === "HPE_HEADER_OVERFLOW") {
    // The chunk node:http choked on: a request line that never ends is a URL that is too long.
    const lineEnd = packet.indexOf("\r\n");
    if (/^[A-Z]+ /.test(packet) && (lineEnd < 0 || lineEnd > 8192)) {
      const message = "The URL is longer than the 16 KiB the server reads";
      return { status: 414, error: { code: codes.uriTooLong, message } };
    }
    const message = "The request's headers are larger than the 16 KiB the server reads";
    return { status: 431, error: { code: codes.headersTooLarge, message } };
  }
  const reason = (error as { reason?: string }).reason ?? error.message;
  const message = `Malformed HTTP request (${error.code ?? "unknown"}): ${reason}`;
  return { status: 400, error: { code: codes.malformedRequest, message } };
}

/**
 * Answers a request node:http refused (malformed request line, unknown method, oversized URL or
 * headers, headers too slow) with the API's error envelope instead of Node's bare status line,
 * then closes the connection.
 */
export function answerClientError(
  error: ClientError,
  socket: Duplex,
  headers: Readonly<Record<string, string>>,
): void {
  const sent = (socket as { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent;
  if (error.code === "ECONNRESET" || !socket.writable || sent) {
    socket.destroy();
    return;
  }
  const { status, error: apiError } = describeClientError(error);
  const body = JSON.stringify(failureBody([apiError]));
  const lines = [
    `HTTP/1.1 ${status} ${REASONS[status] ?? "Error"}`,
    "content-type: application/json",
    `content-length: ${Buffer.byteLength(body)}`,
    "connection: close",
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
  ];
  socket.end(`${lines.join("\r\n")}\r\n\r\n${body}`);
}
