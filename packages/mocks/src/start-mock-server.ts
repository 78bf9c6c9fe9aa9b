import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tooLarge } from "./_body.js";
import { answerClientError } from "./_client-error.js";
import { answerControl, CONTROL_PATH } from "./_control.js";
import { corsHeaders, preflight } from "./_cors.js";
import { failureBody } from "./_envelope.js";
import { applyFault, type FaultSpec } from "./_fault-spec.js";
import { readBody } from "./_node-body.js";
import { createRayIds } from "./_ray-id.js";
import { preloadValidators } from "./_validation.js";
import { createMock, type Mock, type MockOptions, type MockResponse } from "./create-mock.js";

/** Options of `startMockServer`. */
export interface MockServerOptions extends MockOptions {
  /** Default 4010; 0 picks a free port. */
  port?: number;
  /** Default `127.0.0.1`. */
  host?: string;
  /** A mock to serve instead of a new one made from these options. */
  mock?: Mock;
  /** Faults in force from the start (as `--fault` gives them). */
  faults?: readonly FaultSpec[];
  /** Answer browsers from any origin (CORS headers and preflights). Default false. */
  cors?: boolean;
  /** How long a client may take to send its headers before the 408. Default 10 s. */
  headersTimeoutMs?: number;
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

function send(
  req: IncomingMessage,
  res: ServerResponse,
  answer: MockResponse,
  extra: Record<string, string>,
): void {
  if (answer.drop) {
    res.socket?.destroy();
    return;
  }
  const headers = { ...extra, ...answer.headers, "content-length": Buffer.byteLength(answer.body) };
  res.writeHead(answer.status, headers);
  // HEAD answers carry the GET's headers, content-length included, and no body.
  res.end(req.method === "HEAD" ? undefined : answer.body);
}

/**
 * Serves the mock over plain node:http: the request goes straight to `mock.handle` (no msw on
 * this path, which keeps it fast), so any HTTP client can use it, in any language. Every answer,
 * node:http's own refusals included, is the API's envelope with a `cf-ray` header.
 *
 * @example
 * const server = await startMockServer({ port: 0, seed: 7 });
 * const zt = createClient({ apiToken: "test", accountId: "acc", baseUrl: server.baseUrl });
 * console.log(await zt.posture.list());
 * await server.close();
 */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const mock = options.mock ?? createMock(options);
  for (const fault of options.faults ?? []) applyFault(mock.faults, fault);
  if (options.validate !== false) preloadValidators();
  const cors = options.cors ? corsHeaders : {};
  const rayIds = createRayIds();
  const handle = (req: IncomingMessage, res: ServerResponse, body: string | undefined) => {
    const url = req.url ?? "/";
    const mark = url.indexOf("?");
    const path = mark < 0 ? url : url.slice(0, mark);
    const method = req.method ?? "GET";
    if (path.startsWith(`${CONTROL_PATH}/`)) {
      send(req, res, answerControl(mock, method, path, body), { ...cors, "cf-ray": rayIds.next() });
      return;
    }
    mock
      .handle({
        method,
        path,
        query: new URLSearchParams(mark < 0 ? "" : url.slice(mark + 1)),
        headers: req.headers,
        body,
      })
      .then((answer) => send(req, res, answer, cors))
      // `handle` answers every failure itself; this only guards a socket that broke meanwhile.
      .catch(() => res.destroy());
  };
  const headersTimeout = options.headersTimeoutMs ?? 10_000;
  const server = createServer(
    {
      headersTimeout,
      requestTimeout: Math.max(headersTimeout, 300_000),
      connectionsCheckingInterval: Math.min(1000, Math.max(10, headersTimeout / 4)),
    },
    (req, res) => {
      if (options.cors && req.method === "OPTIONS") {
        res.writeHead(204, preflight(req.headers));
        res.end();
        return;
      }
      const bodiless =
        req.headers["content-length"] === undefined &&
        req.headers["transfer-encoding"] === undefined;
      if (bodiless) return handle(req, res, undefined);
      readBody(req, (body) => {
        if (body.kind === "body") return handle(req, res, body.text);
        if (!body.drained) res.setHeader("connection", "close");
        const ray = { ...cors, "cf-ray": rayIds.next() };
        const answer = { status: 413, headers: { "content-type": "application/json" } };
        send(req, res, { ...answer, body: JSON.stringify(failureBody(tooLarge().errors)) }, ray);
      });
    },
  );
  server.on("clientError", (error, socket) =>
    answerClientError(error, socket, { ...cors, "cf-ray": rayIds.next() }),
  );
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
