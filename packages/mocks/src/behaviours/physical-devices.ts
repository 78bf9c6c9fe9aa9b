import type { Registration } from "@zt-devices/types";
import type { Behaviours, Json, OperationContext } from "../_behaviour.js";
import { notFound } from "../_failure.js";
import { cursorPageOf } from "../_paginate.js";
import type { AccountState, PhysicalDeviceRecord } from "../create-store.js";
import { isActive, setRevoked } from "./_registration-state.js";
import { sortBy } from "./_sort.js";

function registrationsOf(account: AccountState, deviceId: string): Registration[] {
  return [...account.registrations.values()].filter((r) => r.device.id === deviceId);
}

// What the API computes from a device's registrations: the active count and who was last seen.
function render(account: AccountState, device: PhysicalDeviceRecord, include: unknown): Json {
  const registrations = registrationsOf(account, device.id);
  const last = registrations.reduce<Registration | undefined>(
    (latest, r) => (latest === undefined || r.last_seen_at > latest.last_seen_at ? r : latest),
    undefined,
  );
  const out: Json = { ...device, active_registrations: registrations.filter(isActive).length };
  if (last?.user) out.last_seen_user = last.user;
  const wanted =
    typeof include === "string" && include.split(",").includes("last_seen_registration.policy");
  if (wanted && last?.policy) out.last_seen_registration = { policy: last.policy };
  return out;
}

const ACTIVE: Record<string, (count: number) => boolean> = {
  only: (n) => n > 0,
  exclude: (n) => n === 0,
  include: () => true,
};

function matches(device: Json, query: Readonly<Record<string, unknown>>): boolean {
  const ids = query.id as string[] | undefined;
  const email = query["last_seen_user.email"] as string | undefined;
  const search = (query.search as string | undefined)?.toLowerCase();
  const seen = Date.parse(device.last_seen_at as string);
  const activeMode = (query.active_registrations as string | undefined) ?? "only";
  return (
    (ACTIVE[activeMode] as (n: number) => boolean)(device.active_registrations as number) &&
    (!ids || ids.includes(device.id as string)) &&
    (email === undefined || (device.last_seen_user as Json | undefined)?.email === email) &&
    (query.seen_after === undefined || seen > Date.parse(query.seen_after as string)) &&
    (query.seen_before === undefined || seen < Date.parse(query.seen_before as string)) &&
    (search === undefined ||
      ["id", "name", "serial_number", "model", "manufacturer"].some((k) =>
        String(device[k] ?? "")
          .toLowerCase()
          .includes(search),
      ))
  );
}

function deviceOf(context: OperationContext): PhysicalDeviceRecord {
  const id = context.params.device_id as string;
  const device = context.account.physicalDevices.get(id);
  if (!device) throw notFound("device", id);
  return device;
}

/** WARP devices: cursor-paged lists, get, delete (with its registrations) and revoke. */
export const physicalDevices: Behaviours = {
  list(context) {
    const { account, query } = context;
    const all = [...account.physicalDevices.values()]
      .map((d) => render(account, d, query.include))
      .filter((d) => matches(d, query));
    const sorted = sortBy(all, query.sort_by as string | undefined, query.sort_order);
    const page = cursorPageOf(sorted, query);
    return { result: page.result, resultInfo: page.resultInfo };
  },
  get: (context) => ({ result: render(context.account, deviceOf(context), context.query.include) }),
  delete(context) {
    const { account } = context;
    const device = deviceOf(context);
    for (const r of registrationsOf(account, device.id)) account.registrations.delete(r.id);
    account.physicalDevices.delete(device.id);
    return { result: {} };
  },
  revoke(context) {
    const device = deviceOf(context);
    const now = context.store.now();
    setRevoked(registrationsOf(context.account, device.id), true, now);
    device.updated_at = now;
    return { result: {} };
  },
};
