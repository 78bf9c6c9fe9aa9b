import type { Registration } from "@zt-devices/types";
import type { Prng } from "./_prng.js";
import { seedDeploymentGroups } from "./_seed-deployment-groups.js";
import { singleTunnelMode } from "./behaviours/_tunnel-mode.js";
import type {
  AccountState,
  IdSource,
  IntegrationRecord,
  PhysicalDeviceRecord,
} from "./create-store.js";
import { examples } from "./examples.gen.js";

const COUNT = 3;
type DefaultPolicy = AccountState["defaultPolicy"];
const BASE = Date.UTC(2025, 1, 14, 13, 17);
const USERS = [
  { id: "30323c1f-318d-4ec9-92c7-5a8c4d25c4fc", email: "alice@example.org", name: "Alice" },
  { id: "41434d2a-429e-5fd0-a3d8-6b9d5e36d5ad", email: "bob@example.com", name: "Bob" },
  { id: "f174e90a-fafe-4643-bbbc-4a0ed4fc8415", email: "user@example.com", name: "John Appleseed" },
];
const DEVICES = [
  { name: "My Device", device_type: "linux" },
  { name: "Bob's Laptop", device_type: "mac" },
  { name: "Front Desk", device_type: "windows" },
  { name: "Field Phone", device_type: "ios" },
];
// Enrolled but never connected: the API sends null for all it has not seen.
const NEVER_SEEN = {
  name: "Spare Laptop",
  device_type: null,
  client_version: null,
  hardware_id: null,
  last_seen_at: null,
  mac_address: null,
  manufacturer: null,
  model: null,
  os_version: null,
  os_version_extra: null,
  public_ip: null,
  serial_number: null,
  last_seen_registration: null,
  last_seen_user: null,
};
// Registrations per device: the first device is shared by two users, the last one is revoked.
const REGISTRATIONS = [
  { device: 0, user: 0, revoked: false },
  { device: 0, user: 1, revoked: false },
  { device: 1, user: 1, revoked: false },
  { device: 2, user: 2, revoked: false },
  { device: 3, user: 2, revoked: true },
];

const clone = <T>(value: T): T => structuredClone(value);
const firstOf = <T>(list: readonly T[]): T => clone(list[0] as T);

function keyed<T>(items: T[], key: (item: T) => string): Map<string, T> {
  return new Map(items.map((item) => [key(item), item]));
}

function times(n: number, make: (i: number) => unknown) {
  return Array.from({ length: n }, (_, i) => make(i));
}

/**
 * Builds one account's starting data from the spec's examples: a few records of every kind, with
 * ids from `ids`, names numbered, timestamps spread by `prng`, and registrations that belong to
 * the physical devices and to the default profile.
 */
export function seedAccount(accountId: string, ids: IdSource, prng: Prng): AccountState {
  const at = (minutes: number) => new Date(BASE + minutes * 60_000).toISOString();
  const stamp = () => at(prng.int(60 * 24 * 30));
  const numbered = (name: string, i: number) => `${name} ${i + 1}`;

  // A profile tunnels in one mode: the default one excludes, custom ones alternate.
  const defaultPolicy = {
    ...(singleTunnelMode(clone(examples.getDefaultDeviceSettingsPolicy.result)) as DefaultPolicy),
    policy_id: ids.uuid(),
  };
  const policySummary = {
    id: defaultPolicy.policy_id,
    default: true,
    deleted: false,
    name: "Default",
    updated_at: at(0),
  };

  const physical: PhysicalDeviceRecord[] = DEVICES.map((d) => {
    const { active_registrations, last_seen_user, last_seen_registration, deleted_at, ...base } =
      firstOf(examples.listPhysicalDevices.result);
    const created = stamp();
    return {
      ...base,
      id: ids.uuid(),
      name: d.name,
      device_type: d.device_type,
      serial_number: prng.hex(10).toUpperCase(),
      hardware_id: prng.hex(16),
      created_at: created,
      updated_at: created,
      last_seen_at: created,
    } satisfies PhysicalDeviceRecord;
  });

  const template = firstOf(examples.listRegistrations.result);
  const registrations = REGISTRATIONS.map((r): Registration => {
    const device = physical[r.device] as PhysicalDeviceRecord;
    const created = stamp();
    return {
      ...template,
      id: ids.uuid(),
      device: {
        id: device.id,
        name: device.name,
        client_version: device.client_version ?? "1.0.0",
      },
      user: clone(USERS[r.user] as (typeof USERS)[number]),
      key: template.key,
      created_at: created,
      updated_at: created,
      last_seen_at: created,
      deleted_at: null,
      revoked_at: r.revoked ? created : null,
      policy: clone(policySummary),
    };
  });
  const spare = stamp();
  physical.push({
    ...firstOf(examples.listPhysicalDevices.result),
    ...NEVER_SEEN,
    id: ids.uuid(),
    active_registrations: 0,
    created_at: spare,
    updated_at: spare,
    deleted_at: null,
  } as PhysicalDeviceRecord);
  for (const registration of registrations) {
    const device = physical.find((d) => d.id === registration.device.id) as PhysicalDeviceRecord;
    if (device.last_seen_at === null || registration.last_seen_at > device.last_seen_at)
      device.last_seen_at = registration.last_seen_at;
  }

  const rule = firstOf(examples.listPostureRules.result);
  const integration = firstOf(examples.listPostureIntegrations.result) as IntegrationRecord;
  const network = firstOf(examples.listDeviceNetworks.result);
  const profile = firstOf(examples.listIpProfiles.result);
  const dexTest = firstOf(examples.listDexTests.result ?? []);
  const policy = firstOf(examples.listDeviceSettingsPolicies.result);

  const state: Omit<AccountState, "deploymentGroups"> = {
    accountId,
    ids,
    defaultPolicy,
    postureRules: keyed(
      times(COUNT, (i) => ({
        ...clone(rule),
        id: ids.uuid(),
        name: numbered(rule.name ?? "Rule", i),
        ...(rule.input && "sha256" in rule.input
          ? { input: { ...rule.input, sha256: prng.hex(64) } }
          : {}),
      })),
      (r) => (r as { id: string }).id,
    ) as AccountState["postureRules"],
    postureIntegrations: keyed(
      times(COUNT, (i) => ({
        ...clone(integration),
        id: ids.uuid(),
        name: numbered(integration.name, i),
        config: { ...integration.config, client_secret: prng.hex(24) },
      })) as IntegrationRecord[],
      (r) => r.id,
    ),
    networks: keyed(
      times(COUNT, (i) => ({
        ...clone(network),
        network_id: ids.uuid(),
        name: `branch-office-${i + 1}`,
      })),
      (r) => (r as { network_id: string }).network_id,
    ) as AccountState["networks"],
    ipProfiles: keyed(
      times(COUNT, (i) => {
        const created = stamp();
        return {
          ...clone(profile),
          id: ids.uuid(),
          subnet_id: ids.uuid(),
          name: numbered(profile.name, i),
          precedence: profile.precedence + i * 10,
          created_at: created,
          updated_at: created,
        };
      }),
      (r) => (r as { id: string }).id,
    ) as AccountState["ipProfiles"],
    dexTests: keyed(
      times(COUNT, (i) => ({
        ...clone(dexTest),
        test_id: ids.hex(32),
        name: numbered(dexTest.name, i),
      })),
      (r) => (r as { test_id: string }).test_id,
    ) as AccountState["dexTests"],
    policies: keyed(
      times(COUNT, (i) => ({
        ...singleTunnelMode(clone(policy), i % 2 === 1 ? { include: policy.include } : {}),
        policy_id: ids.uuid(),
        name: numbered(policy.name ?? "Profile", i),
        precedence: (policy.precedence ?? 100) + i * 10,
      })),
      (r) => (r as { policy_id: string }).policy_id,
    ) as AccountState["policies"],
    physicalDevices: keyed(physical, (d) => d.id),
    registrations: keyed(registrations, (r) => r.id),
    settings: clone(examples.getDeviceSettings.result),
    globalWarpOverride: clone(examples.getGlobalWarpOverride.result),
  };
  const policyIds = [...state.policies.keys()];
  return { ...state, deploymentGroups: seedDeploymentGroups(ids, stamp, policyIds) };
}
