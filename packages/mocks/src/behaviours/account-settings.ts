import type { DeviceSettings } from "@zt-devices/types";
import type { Behaviours } from "../_behaviour.js";
import { notFound } from "../_failure.js";
import { examples } from "../examples.gen.js";

/** What the account's device settings are before anyone sets them, and after DELETE. */
export const DEFAULT_DEVICE_SETTINGS: Readonly<DeviceSettings> = {
  disable_for_time: 0,
  external_emergency_signal_enabled: false,
  gateway_proxy_enabled: false,
  gateway_udp_proxy_enabled: false,
  root_certificate_installation_enabled: false,
  use_zt_virtual_ip: false,
};

const settings: Behaviours = {
  get: (context) => ({ result: context.account.settings }),
  // PUT replaces: what the body leaves out goes back to its default.
  update(context) {
    context.account.settings = { ...DEFAULT_DEVICE_SETTINGS, ...(context.body as DeviceSettings) };
    return { result: context.account.settings };
  },
  edit(context) {
    context.account.settings = { ...context.account.settings, ...(context.body as DeviceSettings) };
    return { result: context.account.settings };
  },
  reset(context) {
    context.account.settings = { ...DEFAULT_DEVICE_SETTINGS };
    return { result: context.account.settings };
  },
};

const globalWarpOverride: Behaviours = {
  get: (context) => ({ result: context.account.globalWarpOverride }),
  set(context) {
    const { disconnect } = context.body as { disconnect: boolean };
    context.account.globalWarpOverride = { disconnect, timestamp: context.store.now() };
    return { result: context.account.globalWarpOverride };
  },
};

// The live status of a device the account has, in the shape of the documented example.
const fleetStatus: Behaviours = {
  live(context) {
    const id = context.params.device_id as string;
    const device = context.account.physicalDevices.get(id);
    if (!device) throw notFound("device", id);
    return {
      result: {
        ...structuredClone(examples.getFleetStatusLive),
        deviceId: device.id,
        deviceName: device.name,
        platform: device.device_type ?? "windows",
        version: device.client_version ?? "1.0.0",
        timestamp: context.store.now(),
      },
    };
  },
};

/** Account device settings, the global WARP override and fleet status, by `x-resource`. */
export const accountSettings: Readonly<Record<string, Behaviours>> = {
  settings,
  globalWarpOverride,
  fleetStatus,
};
