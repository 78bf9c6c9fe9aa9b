import { type SetupServerApi, setupServer } from "msw/node";
import { createHandlers, type ZtDevicesHandlers } from "./create-handlers.js";
import { createMock, type Mock, type MockOptions } from "./create-mock.js";
import type { Store } from "./create-store.js";
import type { Faults } from "./faults.js";
import { defaultBaseUrl } from "./routes.gen.js";

type Hook = (fn: () => unknown) => unknown;

/** The lifecycle hooks of the test runner (vitest's or jest's). */
export interface TestHooks {
  beforeAll: Hook;
  afterEach: Hook;
  afterAll: Hook;
}

/** Options of `setupZtDevicesMock`. */
export interface SetupOptions extends MockOptions {
  /** Where the API is mocked. Default `https://api.cloudflare.com/client/v4`. */
  baseUrl?: string;
  /**
   * Hooks to wire `listen`, `reset` and `close` to; the runner's globals when left out (and an
   * error when there are none). `false`: call `listen()`, `reset()` and `close()` yourself.
   */
  hooks?: TestHooks | false;
  /** A mock to serve instead of a new one made from these options. */
  mock?: Mock;
}

/** What `setupZtDevicesMock` gives a test file. */
export interface ZtDevicesMockSetup {
  readonly baseUrl: string;
  readonly mock: Mock;
  readonly store: Store;
  readonly faults: Faults;
  readonly handlers: ZtDevicesHandlers;
  readonly server: SetupServerApi;
  /** Seeded data again, no faults, no handlers added with `server.use`. */
  reset(): void;
  /** Starts intercepting (done in `beforeAll` when hooks are wired). */
  listen(): void;
  /** Stops intercepting (done in `afterAll` when hooks are wired). */
  close(): void;
}

function globalHooks(): TestHooks | undefined {
  const g = globalThis as Partial<TestHooks>;
  return g.beforeAll && g.afterEach && g.afterAll
    ? { beforeAll: g.beforeAll, afterEach: g.afterEach, afterAll: g.afterAll }
    : undefined;
}

/**
 * One call for a vitest or jest file: msw intercepts the API with the mock's handlers from
 * `beforeAll`, `reset()` runs after each test, and requests no handler knows fail the test.
 *
 * @example
 * import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
 * import { setupZtDevicesMock } from "@zt-devices/mocks/msw";
 *
 * const api = setupZtDevicesMock({ hooks: { beforeAll, afterEach, afterAll } });
 *
 * it("retries a rate-limited call", async () => {
 *   api.faults.fail("listPostureRules", 429, { retryAfter: 0 });
 *   expect(await zt.posture.list()).toHaveLength(3);
 * });
 */
export function setupZtDevicesMock(options: SetupOptions = {}): ZtDevicesMockSetup {
  const mock = options.mock ?? createMock(options);
  const baseUrl = options.baseUrl ?? defaultBaseUrl;
  const handlers = createHandlers(mock, { baseUrl });
  const server = setupServer(...Object.values(handlers));
  // msw keeps a clone of every mocked response; until it is read, cancelling the body the caller
  // got never settles (mswjs/interceptors#712), and clients that cancel before a retry hang.
  server.events.on("response:mocked", ({ response }) => {
    response.arrayBuffer().catch(() => {});
  });
  const setup: ZtDevicesMockSetup = {
    baseUrl,
    mock,
    store: mock.store,
    faults: mock.faults,
    handlers,
    server,
    reset() {
      mock.reset();
      server.resetHandlers();
    },
    listen: () => server.listen({ onUnhandledRequest: "error" }),
    close: () => server.close(),
  };
  const hooks = options.hooks ?? globalHooks();
  // Without hooks nothing would intercept, and requests would reach the real API (with whatever
  // credentials the environment holds): refuse instead.
  if (hooks === undefined) {
    throw new Error(
      "setupZtDevicesMock: no test hooks to install on. Pass { hooks: { beforeAll, afterEach, afterAll } } (vitest has no globals unless `globals: true`), or { hooks: false } and call listen(), reset() and close() yourself.",
    );
  }
  if (hooks) {
    try {
      hooks.beforeAll(setup.listen);
      hooks.afterEach(setup.reset);
      hooks.afterAll(setup.close);
    } catch (error) {
      throw new Error(
        `setupZtDevicesMock: cannot install its hooks (${(error as Error).message}); call it at the top level of a test file`,
      );
    }
  }
  return setup;
}
