import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { MockServer } from "@zt-devices/mocks";

/** One request the proxy passed on. */
export interface SeenRequest {
  readonly method: string;
  readonly url: string;
  readonly operationId: string | undefined;
}

/** Rewrites the JSON body of an answer; return it changed, or the same object. */
export type Drift = (operationId: string, body: Record<string, unknown>, url: URL) => unknown;

/** A proxy in front of the mock server that records requests and rewrites answers. */
export interface DriftProxy {
  readonly baseUrl: string;
  readonly seen: SeenRequest[];
  close(): Promise<void>;
}

/**
 * Starts a node:http proxy on 127.0.0.1 in front of `target`, so that a test can make the mock
 * answer as a drifted API would (a `null`, an unknown enum value, a missing field) without any
 * back door in the mock itself.
 */
export async function startDriftProxy(target: MockServer, drift: Drift): Promise<DriftProxy> {
  const seen: SeenRequest[] = [];
  const origin = new URL(target.baseUrl).origin;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", async () => {
      const url = new URL(req.url ?? "/", origin);
      const method = req.method ?? "GET";
      const operationId = target.mock.operationOf(method, url.pathname);
      seen.push({ method, url: `${url.pathname}${url.search}`, operationId });
      const headers = Object.fromEntries(
        Object.entries(req.headers).filter(([name]) => name !== "host" && name !== "connection"),
      ) as Record<string, string>;
      const answer = await fetch(url, {
        method,
        headers,
        ...(chunks.length > 0 ? { body: Buffer.concat(chunks) } : {}),
      });
      let text = await answer.text();
      if (operationId && answer.ok) {
        const body = JSON.parse(text) as Record<string, unknown>;
        text = JSON.stringify(drift(operationId, body, url));
      }
      res.writeHead(answer.status, { "content-type": "application/json" });
      res.end(text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/client/v4`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
