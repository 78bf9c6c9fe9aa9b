export { createHandlers, type HandlersOptions, type ZtDevicesHandlers } from "./create-handlers.js";
export {
  createMock,
  MAX_BODY_BYTES,
  type Mock,
  type MockOptions,
  type MockRequest,
  type MockResponse,
} from "./create-mock.js";
export {
  type AccountState,
  createStore,
  type IdSource,
  type IntegrationRecord,
  type PhysicalDeviceRecord,
  type Store,
  type StoreOptions,
  type ZoneState,
} from "./create-store.js";
export { examples } from "./examples.gen.js";
export {
  createFaults,
  type FailOptions,
  type FaultOptions,
  type FaultPlan,
  type Faults,
  type FaultTarget,
} from "./faults.js";
export type { OperationHandlers } from "./handlers.gen.js";
export { type OperationId, type RespondOptions, respondWith } from "./respond-with.js";
export { defaultBaseUrl, routes } from "./routes.gen.js";
export {
  type SetupOptions,
  setupZtDevicesMock,
  type TestHooks,
  type ZtDevicesMockSetup,
} from "./setup-zt-devices-mock.js";
export { type MockServer, type MockServerOptions, startMockServer } from "./start-mock-server.js";
