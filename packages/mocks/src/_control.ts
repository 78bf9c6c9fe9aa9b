import { failureBody, successBody } from "./_envelope.js";
import { codes } from "./_failure.js";
import { applyFault, type FaultSpec } from "./_fault-spec.js";
import type { Mock, MockResponse } from "./create-mock.js";

/** Where the standalone server's control endpoint lives, beside (not under) the API. */
export const CONTROL_PATH = "/__mock";

const json = (status: number, body: unknown): MockResponse => ({
  status,
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
});
const refuse = (status: number, code: number, message: string) =>
  json(status, failureBody([{ code, message }]));

/**
 * Answers the control endpoint, for tests that drive the server from outside its process:
 * `GET /__mock/faults` lists the faults, `POST` adds one (`{ kind, target, status, ms, times,
 * retryAfter }`), `DELETE` removes them all; `DELETE /__mock/state` forgets every change;
 * `POST /__mock/reset` does both. Anything else under `/__mock` is a 404.
 */
export function answerControl(
  mock: Mock,
  method: string,
  path: string,
  body: string | undefined,
): MockResponse {
  const faults = () => json(200, successBody(mock.faults.list()));
  const where = `${method} ${path}`;
  if (path === `${CONTROL_PATH}/faults`) {
    if (method === "GET") return faults();
    if (method === "DELETE") {
      mock.faults.clear();
      return faults();
    }
    if (method === "POST") {
      try {
        applyFault(mock.faults, JSON.parse(body ?? "") as FaultSpec);
      } catch (error) {
        return refuse(400, codes.invalidRequest, `Not a fault: ${(error as Error).message}`);
      }
      return faults();
    }
  } else if (path === `${CONTROL_PATH}/state` && method === "DELETE") {
    mock.store.reset();
    return json(200, successBody({}));
  } else if (path === `${CONTROL_PATH}/reset` && method === "POST") {
    mock.reset();
    return json(200, successBody({}));
  }
  return refuse(404, codes.noRoute, `No control route for ${where}: see the README (Standalone)`);
}
