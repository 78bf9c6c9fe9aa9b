import type {
  DefaultSettingsPolicy,
  DeploymentGroup,
  DeviceNetwork,
  DevicePolicyCertificates,
  DevicePostureRule,
  DeviceSettings,
  DexTest,
  GlobalWarpOverride,
  IPProfile,
  PhysicalDevice,
  Registration,
  SettingsPolicy,
} from "@zt-devices/types";
import { limitsOf, type StoreLimits, tooManyAccounts } from "./_limits.js";
import { createPrng, hashSeed } from "./_prng.js";
import { seedAccount } from "./_seed.js";

/** A physical device as stored: what the API computes from its registrations is left out. */
export type PhysicalDeviceRecord = Omit<
  PhysicalDevice,
  "active_registrations" | "last_seen_user" | "last_seen_registration"
>;

/** A posture integration as stored, secrets included (the API never sends them back). */
export interface IntegrationRecord {
  id: string;
  name: string;
  type: string;
  interval: string;
  config: Record<string, string>;
}

/** Ids for new records: deterministic for the seed and never repeated within an account. */
export interface IdSource {
  /** A UUID-shaped id. */
  uuid(): string;
  /** `length` hex digits (DEX test ids are 32). */
  hex(length: number): string;
}

/** Everything one account holds. Records are what GET answers, computed fields aside. */
export interface AccountState {
  readonly accountId: string;
  readonly ids: IdSource;
  readonly postureRules: Map<string, DevicePostureRule>;
  readonly postureIntegrations: Map<string, IntegrationRecord>;
  readonly networks: Map<string, DeviceNetwork>;
  readonly ipProfiles: Map<string, IPProfile>;
  readonly dexTests: Map<string, DexTest>;
  /** Custom device settings profiles, by `policy_id`. */
  readonly policies: Map<string, SettingsPolicy>;
  defaultPolicy: DefaultSettingsPolicy;
  readonly physicalDevices: Map<string, PhysicalDeviceRecord>;
  readonly deploymentGroups: Map<string, DeploymentGroup>;
  readonly registrations: Map<string, Registration>;
  settings: DeviceSettings;
  globalWarpOverride: GlobalWarpOverride;
}

/** What one zone holds. */
export interface ZoneState {
  readonly zoneId: string;
  certificates: DevicePolicyCertificates;
}

/** Options of `createStore`. */
export interface StoreOptions extends Partial<StoreLimits> {
  /** Seed of the generated data: the same seed gives the same accounts, records and ids. Default 1. */
  seed?: number;
  /** The clock stamped on records as they change. Default the system clock. */
  now?: () => Date;
}

/** The in-memory state behind the stateful mock. */
export interface Store {
  readonly seed: number;
  /** What the store keeps at most; past it, requests get the API's errors. */
  readonly limits: StoreLimits;
  /** The account's state, seeded on first use with a few records of every kind. */
  account(accountId: string): AccountState;
  /** The zone's state (certificate provisioning), seeded on first use. */
  zone(zoneId: string): ZoneState;
  /** The current time as the API writes it (RFC 3339). */
  now(): string;
  /** Forgets every change: accounts and zones are seeded again on next use. */
  reset(): void;
}

function idSource(seed: number, accountId: string): IdSource {
  const prng = createPrng(hashSeed(seed, accountId));
  const issued = new Set<string>();
  const unique = (draw: () => string): string => {
    let id = draw();
    while (issued.has(id)) id = draw();
    issued.add(id);
    return id;
  };
  return { uuid: () => unique(prng.uuid), hex: (length) => unique(() => prng.hex(length)) };
}

/**
 * Creates the store of the stateful mock. Every account (and zone) starts with the same kind of
 * data, built from the spec's examples with ids and names drawn from `seed`.
 *
 * @example
 * const store = createStore({ seed: 7 });
 * const account = store.account("699d98642c564d2e855e9661899b7252");
 * console.log([...account.postureRules.values()].map((rule) => rule.name));
 */
export function createStore(options: StoreOptions = {}): Store {
  const seed = options.seed ?? 1;
  const clock = options.now ?? (() => new Date());
  const limits = limitsOf(options);
  let accounts = new Map<string, AccountState>();
  let zones = new Map<string, ZoneState>();
  return {
    seed,
    limits,
    account(accountId) {
      let state = accounts.get(accountId);
      if (!state) {
        if (accounts.size >= limits.maxAccounts) throw tooManyAccounts(accountId, limits);
        const ids = idSource(seed, accountId);
        state = seedAccount(accountId, ids, createPrng(hashSeed(seed, `data:${accountId}`)));
        accounts.set(accountId, state);
      }
      return state;
    },
    zone(zoneId) {
      let state = zones.get(zoneId);
      if (!state) {
        if (zones.size >= limits.maxAccounts) throw tooManyAccounts(zoneId, limits);
        state = { zoneId, certificates: { enabled: true } };
        zones.set(zoneId, state);
      }
      return state;
    },
    now: () => clock().toISOString(),
    reset() {
      accounts = new Map();
      zones = new Map();
    },
  };
}
