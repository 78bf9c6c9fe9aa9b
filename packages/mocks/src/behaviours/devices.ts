import type { Registration } from "@zt-devices/types";
import type { Behaviours, Json, OperationContext } from "../_behaviour.js";
import { notFound } from "../_failure.js";
import { wholeList } from "../_paginate.js";
import type { AccountState } from "../create-store.js";
import { overrideCodesOf, registrationsWithIds, setRevoked } from "./_registration-state.js";

// The deprecated device endpoints show one entry per registration (a device id is a
// registration id), with the details of the physical device it runs on.
function render(account: AccountState, r: Registration): Json {
  const device = account.physicalDevices.get(r.device.id);
  const out: Json = {
    id: r.id,
    created: r.created_at,
    deleted: r.deleted_at != null,
    device_type: device?.device_type,
    ip: "192.0.2.10",
    key: r.key,
    last_seen: r.last_seen_at,
    mac_address: device?.mac_address,
    manufacturer: device?.manufacturer,
    model: device?.model,
    name: r.device.name,
    os_version: device?.os_version,
    serial_number: device?.serial_number,
    updated: r.updated_at,
    user: r.user,
    version: r.device.client_version,
  };
  if (r.revoked_at) out.revoked_at = r.revoked_at;
  for (const key of Object.keys(out)) if (out[key] === undefined) delete out[key];
  return out;
}

function details(account: AccountState, r: Registration): Json {
  return {
    ...render(account, r),
    account: { id: account.accountId, account_type: "standard", name: "Account" },
    gateway_device_id: r.device.id,
    key_type: r.key_type,
    tunnel_type: r.tunnel_type,
  };
}

function registrationOf(context: OperationContext): Registration {
  const id = context.params.device_id as string;
  const registration = context.account.registrations.get(id);
  if (!registration) throw notFound("device", id);
  return registration;
}

/** The deprecated device endpoints, kept consistent with registrations. */
export const devices: Behaviours = {
  list(context) {
    const { account } = context;
    return wholeList([...account.registrations.values()].map((r) => render(account, r)));
  },
  get: (context) => ({ result: details(context.account, registrationOf(context)) }),
  revoke(context) {
    setRevoked(
      registrationsWithIds(context.account, context.body as string[]),
      true,
      context.store.now(),
    );
    return { result: {} };
  },
  unrevoke(context) {
    setRevoked(
      registrationsWithIds(context.account, context.body as string[]),
      false,
      context.store.now(),
    );
    return { result: {} };
  },
  overrideCodes(context) {
    const id = registrationOf(context).id;
    return wholeList([overrideCodesOf(context.store, context.account, id)]);
  },
};
