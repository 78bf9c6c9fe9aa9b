export { MAX_BODY_BYTES, MAX_BODY_DEPTH } from "./_body.js";
export {
  createMock,
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
export { defaultBaseUrl, routes } from "./routes.gen.js";
export { type MockServer, type MockServerOptions, startMockServer } from "./start-mock-server.js";
