export { createHandlers, type HandlersOptions, type ZtDevicesHandlers } from "./create-handlers.js";
export type { OperationHandlers } from "./handlers.gen.js";
export { type OperationId, type RespondOptions, respondWith } from "./respond-with.js";
export {
  type SetupOptions,
  setupZtDevicesMock,
  type TestHooks,
  type ZtDevicesMockSetup,
} from "./setup-zt-devices-mock.js";
