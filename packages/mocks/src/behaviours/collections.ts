import type { Behaviours, Json, OperationContext } from "../_behaviour.js";
import { badRequest } from "../_failure.js";
import { pageOf, wholeList } from "../_paginate.js";
import type { AccountState } from "../create-store.js";
import { type CollectionSpec, crud } from "./_crud.js";

const records =
  <K extends keyof AccountState>(key: K) =>
  (account: AccountState) =>
    account[key] as unknown as Map<string, Json>;

// Names the API requires to be unique within an account.
function uniqueName(what: string, key: keyof AccountState) {
  return (record: Json, context: OperationContext, id: string) => {
    for (const [other, existing] of records(key)(context.account)) {
      if (other !== id && existing.name === record.name) {
        throw badRequest(
          `/body/name must be unique: a ${what} named "${String(record.name)}" exists`,
        );
      }
    }
  };
}

const postureRules: CollectionSpec = {
  what: "posture rule",
  param: "rule_id",
  assigned: ["id"],
  records: records("postureRules"),
  newId: (account) => account.ids.uuid(),
  build: (body, _context, id) => ({ id, ...body }),
  deleted: (id) => ({ result: { id } }),
};

// The API never sends an integration's secrets back, and always sends these three fields.
function renderIntegration(record: Json): Json {
  const config = (record.config ?? {}) as Record<string, string | undefined>;
  return {
    id: record.id,
    name: record.name,
    type: record.type,
    interval: record.interval,
    config: {
      api_url: config.api_url ?? "",
      auth_url: config.auth_url ?? "",
      client_id: config.client_id ?? config.access_client_id ?? "",
    },
  };
}

const postureIntegrations: CollectionSpec = {
  what: "posture integration",
  param: "integration_id",
  assigned: ["id"],
  records: records("postureIntegrations"),
  newId: (account) => account.ids.uuid(),
  build: (body, _context, id) => ({ id, ...body }),
  render: renderIntegration,
  deleted: () => ({ result: {} }),
};

const networks: CollectionSpec = {
  what: "device managed network",
  param: "network_id",
  assigned: ["network_id"],
  records: records("networks"),
  newId: (account) => account.ids.uuid(),
  build: (body, _context, id) => ({ ...body, network_id: id }),
  check: uniqueName("device managed network", "networks"),
  deleted: (_id, remaining) => wholeList(remaining),
};

const ipProfiles: CollectionSpec = {
  what: "device IP profile",
  param: "profile_id",
  assigned: ["id", "created_at", "updated_at"],
  records: records("ipProfiles"),
  newId: (account) => account.ids.uuid(),
  build: (body, context, id) => {
    const now = context.store.now();
    return { id, description: "", enabled: true, ...body, created_at: now, updated_at: now };
  },
  list: (items, context) => pageOf(items, context.query, { withTotalPages: true }),
  deleted: (id) => ({ result: { id } }),
};

const dexTests: CollectionSpec = {
  what: "DEX test",
  param: "dex_test_id",
  assigned: ["test_id"],
  records: records("dexTests"),
  newId: (account) => account.ids.hex(32),
  build: (body, _context, id) => ({ targeted: false, ...body, test_id: id }),
  check: uniqueName("DEX test", "dexTests"),
  list(items, context) {
    const { kind, testName } = context.query;
    const matching = items.filter(
      (test) =>
        (kind === undefined || (test.data as Json | undefined)?.kind === kind) &&
        (testName === undefined || String(test.name).includes(String(testName))),
    );
    return pageOf(matching, context.query);
  },
  deleted: (_id, remaining) => ({ result: { dex_tests: remaining } }),
};

/** Posture rules, posture integrations, managed networks, IP profiles and DEX tests, by `x-resource`. */
export const collections: Readonly<Record<string, Behaviours>> = {
  posture: crud(postureRules),
  "posture.integrations": crud(postureIntegrations),
  networks: crud(networks),
  ipProfiles: crud(ipProfiles),
  dexTests: crud(dexTests),
};
