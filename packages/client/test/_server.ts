import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** A request as the hand-made server received it. */
export interface Received {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
}

type Handler = (request: Received, response: ServerResponse, n: number) => void | Promise<void>;

/** A node:http server on 127.0.0.1 with a hand-written `handler`, and what it received. */
export interface TestServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  received: Received[];
  close(): Promise<void>;
}

/**
 * Starts a server on 127.0.0.1 answering with `handler` (given the request, its response and the
 * request's 1-based number). `close` also drops connections the handler left hanging.
 */
export async function startServer(handler: Handler): Promise<TestServer> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const request = {
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      received.push(request);
      void handler(request, res, received.length);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Sends a success envelope around `result`. */
export function sendOk(res: ServerResponse, result: unknown, extra: object = {}): void {
  res.writeHead(200, { "content-type": "application/json" });
  res.end(JSON.stringify({ success: true, errors: [], messages: [], result, ...extra }));
}

/** Sends a failed envelope with one error. */
export function sendFailure(
  res: ServerResponse,
  status: number,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(
    JSON.stringify({
      success: false,
      errors: [{ code: 1, message: "no" }],
      messages: [],
      result: null,
    }),
  );
}

/** Sends the headers of a JSON answer, then stalls the body. */
export function stallBody(res: ServerResponse): void {
  res.writeHead(200, { "content-type": "application/json" });
  res.write('{"success":true,');
}

/** What a call rejected with, typed for assertions; fails when it resolved. */
export async function rejection(
  call: PromiseLike<unknown>,
): Promise<Error & Record<string, unknown>> {
  try {
    await call;
  } catch (error) {
    return error as Error & Record<string, unknown>;
  }
  throw new Error("the call resolved; a rejection was expected");
}
