import type { IncomingMessage } from "node:http";
import { MAX_BODY_BYTES } from "./_body.js";

/**
 * How much of a body over the limit is read (and thrown away) before the 413 is sent. A client
 * that is still uploading when the connection closes sees EPIPE or a reset, not the answer; past
 * this much, the server answers and closes anyway rather than read without end.
 */
export const MAX_DRAINED_BYTES = 64 * 1024 * 1024;

/** A body as read: its text, or `over` when it passed 1 MiB (`drained` once all of it was read). */
export type ReadBody =
  | { readonly kind: "body"; readonly text: string | undefined }
  | { readonly kind: "over"; readonly drained: boolean };

/**
 * Reads a request body up to the API's limit. Past the limit the rest is read and dropped, up to
 * `MAX_DRAINED_BYTES`, so that the client has finished sending when the 413 arrives.
 */
export function readBody(req: IncomingMessage, done: (body: ReadBody) => void): void {
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > MAX_DRAINED_BYTES) {
    done({ kind: "over", drained: false });
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  let finished = false;
  const finish = (body: ReadBody) => {
    if (finished) return;
    finished = true;
    done(body);
  };
  req.on("data", (chunk: Buffer) => {
    size += chunk.length;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    else if (size > MAX_DRAINED_BYTES) {
      req.pause();
      finish({ kind: "over", drained: false });
    } else chunks.length = 0;
  });
  req.on("end", () => {
    if (size > MAX_BODY_BYTES) finish({ kind: "over", drained: true });
    else
      finish({
        kind: "body",
        text: size === 0 ? undefined : Buffer.concat(chunks, size).toString("utf8"),
      });
  });
}
