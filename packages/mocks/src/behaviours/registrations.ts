import type { Registration } from "@zt-devices/types";
import type { Behaviours, Json, OperationContext } from "../_behaviour.js";
import { notFound } from "../_failure.js";
import { cursorPageOf } from "../_paginate.js";
import {
  bulkInfo,
  isActive,
  overrideCodesOf,
  registrationsWithIds,
  setRevoked,
} from "./_registration-state.js";
import { sortBy } from "./_sort.js";

// The assigned profile is only sent when asked for with `include=policy`.
function render(registration: Registration, include: unknown): Json {
  const { policy, ...rest } = registration;
  const wanted = typeof include === "string" && include.split(",").includes("policy");
  return wanted && policy ? { ...rest, policy } : rest;
}

const STATUS: Record<string, (r: Registration) => boolean> = {
  active: isActive,
  revoked: (r) => r.revoked_at != null,
  all: () => true,
};

function matches(r: Registration, query: Readonly<Record<string, unknown>>): boolean {
  const ids = query.id as string[] | undefined;
  const users = query["user.id"] as string[] | undefined;
  const search = (query.search as string | undefined)?.toLowerCase();
  const after = query.seen_after as string | undefined;
  const before = query.seen_before as string | undefined;
  const seen = Date.parse(r.last_seen_at);
  return (
    (STATUS[(query.status as string | undefined) ?? "active"] as (r: Registration) => boolean)(r) &&
    (!ids || ids.includes(r.id)) &&
    (!users || users.includes(r.user?.id ?? "")) &&
    (query["device.id"] === undefined || r.device.id === query["device.id"]) &&
    (after === undefined || seen > Date.parse(after)) &&
    (before === undefined || seen < Date.parse(before)) &&
    (search === undefined ||
      [r.id, r.device.name, r.user?.name, r.user?.email].some((v) =>
        v?.toLowerCase().includes(search),
      ))
  );
}

function registrationOf(context: OperationContext): Registration {
  const id = context.params.registration_id as string;
  const registration = context.account.registrations.get(id);
  if (!registration) throw notFound("registration", id);
  return registration;
}

const ids = (context: OperationContext) => context.query.id as string[];

/** WARP registrations: cursor-paged lists, revoke and unrevoke, delete, override codes. */
export const registrations: Behaviours = {
  list(context) {
    const { query } = context;
    const all = [...context.account.registrations.values()].filter((r) => matches(r, query));
    const sorted = sortBy(all, query.sort_by as string | undefined, query.sort_order);
    const page = cursorPageOf(sorted, query);
    return {
      result: page.result.map((r) => render(r, query.include)),
      resultInfo: page.resultInfo,
    };
  },
  get: (context) => ({ result: render(registrationOf(context), context.query.include) }),
  delete(context) {
    context.account.registrations.delete(registrationOf(context).id);
    return { result: {} };
  },
  bulkDelete(context) {
    const found = registrationsWithIds(context.account, ids(context));
    for (const r of found) context.account.registrations.delete(r.id);
    return { result: {}, resultInfo: bulkInfo(found.length) };
  },
  revoke(context) {
    const found = registrationsWithIds(context.account, ids(context));
    setRevoked(found, true, context.store.now());
    return { result: {}, resultInfo: bulkInfo(found.length) };
  },
  unrevoke(context) {
    const found = registrationsWithIds(context.account, ids(context));
    setRevoked(found, false, context.store.now());
    return { result: {}, resultInfo: bulkInfo(found.length) };
  },
  overrideCodes: (context) => ({
    result: overrideCodesOf(
      context.store,
      context.account,
      context.params.registration_id as string,
    ),
  }),
};
