import type { HeaderMap } from "./_auth.js";
import { checkCredentials } from "./_auth.js";
import type { Json } from "./_behaviour.js";
import { behaviourOf } from "./_behaviours.js";
import { parseBody } from "./_body.js";
import { failureBody, successBody } from "./_envelope.js";
import { ApiFailure, codes } from "./_failure.js";
import type { StoreLimits } from "./_limits.js";
import { readQuery } from "./_query.js";
import { createRayIds } from "./_ray-id.js";
import { createRouter } from "./_router.js";
import { transact } from "./_transaction.js";
import { requestIssues } from "./_validation.js";
import { createStore, type Store } from "./create-store.js";
import { examples } from "./examples.gen.js";
import { createFaults, type Faults } from "./faults.js";
import { routes } from "./routes.gen.js";

/** A request as the mock's adapters hand it over. */
export interface MockRequest {
  readonly method: string;
  /** The path, with or without the `/client/v4` prefix, without the query string. */
  readonly path: string;
  readonly query: URLSearchParams;
  /** Headers by lower-case name. */
  readonly headers: HeaderMap;
  /** The raw body; `undefined` (or `""`) when there is none. */
  readonly body: string | undefined;
}

/** The mock's answer. `drop` means: close the connection without answering. */
export interface MockResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  readonly drop?: boolean;
}

/** Options of `createMock`; `maxAccounts` and `maxRecords` bound a new store (see `createStore`). */
export interface MockOptions extends Partial<StoreLimits> {
  /** `stateful` (default): an in-memory API. `examples`: the spec's example answer every time. */
  mode?: "stateful" | "examples";
  /** Seed of the generated data. Default 1. */
  seed?: number;
  /** A store to serve instead of a new one seeded with `seed`. */
  store?: Store;
  /** Check credentials as the API does (401/403 without them). Default true. */
  auth?: boolean;
  /** Check every request against the spec (400 naming the field). Default true. */
  validate?: boolean;
}

/** The fake API: plain functions, request in and response out, with its state and faults. */
export interface Mock {
  readonly mode: "stateful" | "examples";
  readonly store: Store;
  readonly faults: Faults;
  /** Answers one request. */
  handle(request: MockRequest): Promise<MockResponse>;
  /** The operationId a method and path route to, if any. */
  operationOf(method: string, path: string): string | undefined;
  /** Back to the seeded state, without faults. */
  reset(): void;
}

const BASE_PATH = "/client/v4";
const JSON_HEADERS = { "content-type": "application/json" };
const router = createRouter(routes);

function answer(status: number, body: unknown, headers: Record<string, string> = {}): MockResponse {
  return { status, headers: { ...JSON_HEADERS, ...headers }, body: JSON.stringify(body) };
}

/**
 * Creates the fake Devices API. `handle` routes a request, applies faults, checks credentials and
 * the request against the spec, then answers from the store (or with the spec's example).
 *
 * @example
 * const mock = createMock({ seed: 7 });
 * const response = await mock.handle({
 *   method: "GET",
 *   path: "/client/v4/accounts/acc/devices/posture",
 *   query: new URLSearchParams(),
 *   headers: { authorization: "Bearer token" },
 *   body: undefined,
 * });
 * console.log(response.status, JSON.parse(response.body).result.length);
 */
export function createMock(options: MockOptions = {}): Mock {
  const mode = options.mode ?? "stateful";
  const store =
    options.store ??
    createStore({
      seed: options.seed ?? 1,
      ...(options.maxAccounts === undefined ? {} : { maxAccounts: options.maxAccounts }),
      ...(options.maxRecords === undefined ? {} : { maxRecords: options.maxRecords }),
    });
  const faults = createFaults();
  const auth = options.auth ?? true;
  const validate = options.validate ?? true;

  const rayIds = createRayIds();
  // HEAD is GET without the body, as for every HTTP server: the adapters leave the body out.
  const place = (method: string, path: string) => {
    const upper = method.toUpperCase();
    return router.match(
      upper === "HEAD" ? "GET" : upper,
      path.startsWith(`${BASE_PATH}/`) ? path.slice(BASE_PATH.length) : path,
    );
  };

  async function serve(request: MockRequest): Promise<MockResponse> {
    const placed = place(request.method, request.path);
    if (placed.kind === "none") {
      throw new ApiFailure(404, [
        { code: codes.noRoute, message: `No route for ${request.method} ${request.path}` },
      ]);
    }
    if (placed.kind === "method") {
      // HEAD is answered wherever GET is (above), so the Allow header says so.
      const methods = placed.allowed.includes("GET") ? [...placed.allowed, "HEAD"] : placed.allowed;
      const allowed = [...methods].sort().join(", ");
      const message = `Method ${request.method} is not allowed on ${request.path}; allowed: ${allowed}`;
      throw new ApiFailure(405, [{ code: codes.methodNotAllowed, message }], { allow: allowed });
    }
    const { operationId, route, params } = placed.match;
    const plan = faults.take(operationId);
    if (plan.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, plan.delayMs));
    if (plan.drop) return { status: 0, headers: {}, body: "", drop: true };
    if (plan.fail) {
      const { status, retryAfter } = plan.fail;
      const headers: Record<string, string> =
        retryAfter === undefined ? {} : { "retry-after": String(retryAfter) };
      const message = `${operationId} failed with ${status}, as the test asked`;
      throw new ApiFailure(status, [{ code: 10_000 + status, message }], headers);
    }
    if (auth) checkCredentials(request.headers);
    const body = parseBody(request.body);
    const query = readQuery(request.query, route.query);
    if (validate) {
      const issues = await requestIssues(operationId, { params, query, body });
      if (issues.length > 0) {
        throw new ApiFailure(
          400,
          issues.map((issue) => ({ code: codes.invalidRequest, message: issue.message })),
        );
      }
    }
    if (mode === "examples") return answer(200, examples[operationId as keyof typeof examples]);
    const behaviour = behaviourOf(route);
    if (!behaviour) throw new Error(`${operationId} has no stateful behaviour`);
    const context = {
      operationId,
      route,
      params,
      query,
      body,
      store,
      get account() {
        return store.account(params.account_id as string);
      },
    };
    const respond = () => {
      const { result, resultInfo } = behaviour(context);
      return answer(200, route.envelope ? successBody(result, resultInfo) : (result as Json));
    };
    // A change is kept only once its answer exists: nothing stored can break a later answer.
    return route.method === "GET" ? respond() : transact(store, params, respond);
  }

  return {
    mode,
    store,
    faults,
    async handle(request) {
      const ray = { "cf-ray": rayIds.next() };
      try {
        const response = await serve(request);
        // Answers are built fresh for each request: their headers are ours to add to.
        if (!response.drop) (response.headers as Record<string, string>)["cf-ray"] = ray["cf-ray"];
        return response;
      } catch (error) {
        if (error instanceof ApiFailure)
          return answer(error.status, failureBody(error.errors), { ...error.headers, ...ray });
        // A bug of the mock, not of the request: say so plainly instead of hanging the caller.
        const message = `The mock failed to answer: ${(error as Error).message}`;
        return answer(500, failureBody([{ code: codes.internal, message }]), ray);
      }
    },
    operationOf(method, path) {
      const placed = place(method, path);
      return placed.kind === "match" ? placed.match.operationId : undefined;
    },
    reset() {
      store.reset();
      faults.clear();
    },
  };
}
