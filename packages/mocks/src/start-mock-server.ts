import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { failureBody } from "./_envelope.js";
import { preloadValidators } from "./_validation.js";
import {
  createMock,
  MAX_BODY_BYTES,
  type Mock,
  type MockOptions,
  type MockResponse,
  tooLarge,
} from "./create-mock.js";

/** Options of `startMockServer`. */
export interface MockServerOptions extends MockOptions {
  /** Default 4010; 0 picks a free port. */
  port?: number;
  /** Default `127.0.0.1`. */
  host?: string;
  /** A mock to serve instead of a new one made from these options. */
  mock?: Mock;
}

/** A running standalone mock server. */
export interface MockServer {
  /** The API's base URL on this server, e.g. `http://127.0.0.1:4010/client/v4`. */
  readonly baseUrl: string;
  readonly port: number;
  readonly mock: Mock;
  readonly server: Server;
  /** Stops accepting connections, ends the open ones and resolves once closed. */
  close(): Promise<void>;
}

function send(res: ServerResponse, answer: MockResponse): void {
  if (answer.drop) {
    res.socket?.destroy();
    return;
  }
  res.writeHead(answer.status, {
    ...answer.headers,
    "content-length": Buffer.byteLength(answer.body),
  });
  res.end(answer.body);
}

// Reads the body up to the API's limit; `undefined` once it is over (and the 413 sent).
function readBody(
  req: IncomingMessage,
  res: ServerResponse,
  done: (body: string | undefined) => void,
) {
  const declared = Number(req.headers["content-length"] ?? 0);
  const refuse = () => {
    const failure = tooLarge();
    res.setHeader("connection", "close");
    send(res, {
      status: 413,
      headers: { "content-type": "application/json" },
      body: JSON.stringify(failureBody(failure.errors)),
    });
    req.resume();
  };
  if (declared > MAX_BODY_BYTES) return refuse();
  const chunks: Buffer[] = [];
  let size = 0;
  let over = false;
  req.on("data", (chunk: Buffer) => {
    if (over) return;
    size += chunk.length;
    if (size > MAX_BODY_BYTES) {
      over = true;
      refuse();
    } else chunks.push(chunk);
  });
  req.on("end", () => {
    if (!over) done(size === 0 ? undefined : Buffer.concat(chunks, size).toString("utf8"));
  });
}

/**
 * Serves the mock over plain node:http: the request goes straight to `mock.handle` (no msw on
 * this path, which keeps it fast), so any HTTP client can use it, in any language.
 *
 * @example
 * const server = await startMockServer({ port: 0, seed: 7 });
 * const zt = createClient({ apiToken: "test", accountId: "acc", baseUrl: server.baseUrl });
 * console.log(await zt.posture.list());
 * await server.close();
 */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const mock = options.mock ?? createMock(options);
  if (options.validate !== false) preloadValidators();
  const handle = (req: IncomingMessage, res: ServerResponse, body: string | undefined) => {
    const url = req.url ?? "/";
    const mark = url.indexOf("?");
    mock
      .handle({
        method: req.method ?? "GET",
        path: mark < 0 ? url : url.slice(0, mark),
        query: new URLSearchParams(mark < 0 ? "" : url.slice(mark + 1)),
        headers: req.headers,
        body,
      })
      .then((answer) => send(res, answer))
      // `handle` answers every failure itself; this only guards a socket that broke meanwhile.
      .catch(() => res.destroy());
  };
  const server = createServer((req, res) => {
    const bodiless =
      req.headers["content-length"] === undefined && req.headers["transfer-encoding"] === undefined;
    if (bodiless) handle(req, res, undefined);
    else readBody(req, res, (body) => handle(req, res, body));
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 4010, options.host ?? "127.0.0.1", () => resolve());
  });
  const { port, address, family } = server.address() as AddressInfo;
  const host = family === "IPv6" ? `[${address}]` : address;
  return {
    baseUrl: `http://${host}:${port}/client/v4`,
    port,
    mock,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
