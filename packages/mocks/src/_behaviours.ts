import type { Behaviour, Behaviours } from "./_behaviour.js";
import type { Route } from "./_route.js";
import { accountSettings } from "./behaviours/account-settings.js";
import { collections } from "./behaviours/collections.js";
import { deploymentGroups } from "./behaviours/deployment-groups.js";
import { devices } from "./behaviours/devices.js";
import { physicalDevices } from "./behaviours/physical-devices.js";
import { policies } from "./behaviours/policies.js";
import { registrations } from "./behaviours/registrations.js";
import { splitTunnels } from "./behaviours/split-tunnels.js";

/** Every stateful behaviour, by `x-resource` and then `x-method`. */
export const behaviours: Readonly<Record<string, Behaviours>> = {
  devices,
  physicalDevices,
  registrations,
  ...collections,
  ...policies,
  ...splitTunnels,
  ...accountSettings,
  ...deploymentGroups,
};

/** The behaviour of a route, by its `x-resource` and `x-method`; `undefined` if there is none. */
export function behaviourOf(route: Route): Behaviour | undefined {
  const group = behaviours[route.resource];
  return group && Object.hasOwn(group, route.action) ? group[route.action] : undefined;
}
