import type { Answer, Behaviours, Json, OperationContext } from "../_behaviour.js";
import { ApiFailure, badRequest, codes } from "../_failure.js";
import { wholeList } from "../_paginate.js";
import type { AccountState } from "../create-store.js";
import { type CollectionSpec, crud, withoutFields } from "./_crud.js";
import { singleTunnelMode } from "./_tunnel-mode.js";

// What the server decides about a profile; a body cannot change which profile is the default.
const ASSIGNED = ["policy_id", "default", "gateway_unique_id"];

// The API refuses a profile that would carry both split tunnel modes from one request.
function oneTunnelMode(body: unknown): void {
  const fields = (body ?? {}) as Json;
  if (fields.include !== undefined && fields.exclude !== undefined) {
    throw badRequest("/body/include and /body/exclude cannot be set in the same request");
  }
}

/** A custom profile by its path id, or the default profile when the id is the default's. */
export function profileOf(context: OperationContext): Json {
  const id = context.params.policy_id as string;
  const { account } = context;
  if (id === account.defaultPolicy.policy_id) return account.defaultPolicy as Json;
  const profile = account.policies.get(id);
  if (!profile) throw new ApiFailure(404, [notFoundMessage(id)]);
  return profile as Json;
}

function notFoundMessage(id: string) {
  return { code: codes.notFound, message: `No device settings profile with id ${id}` };
}

// A new profile starts from the default profile's settings and lists, as in the dashboard.
function inherited(account: AccountState): Json {
  const { policy_id, default: _default, gateway_unique_id, ...settings } = account.defaultPolicy;
  return structuredClone(settings) as Json;
}

const custom: CollectionSpec = {
  what: "device settings profile",
  param: "policy_id",
  assigned: ASSIGNED,
  records: (account) => account.policies as unknown as Map<string, Json>,
  newId: (account) => account.ids.uuid(),
  build(body, context, id) {
    oneTunnelMode(body);
    const profile = { ...inherited(context.account), enabled: true, ...body };
    return { ...singleTunnelMode(profile, body), policy_id: id, default: false };
  },
  merge: (previous, body) => singleTunnelMode({ ...previous, ...body }, body),
  deleted: (_id, remaining) => wholeList(remaining),
};

const customCrud = crud(custom);

// PATCH of the default profile: merged, in the split tunnel mode the body names, if any.
function updateDefault(context: OperationContext): Answer {
  const { account } = context;
  const body = withoutFields(context.body as Json, ASSIGNED);
  account.defaultPolicy = singleTunnelMode({ ...account.defaultPolicy, ...body }, body) as never;
  return { result: account.defaultPolicy };
}

/** Custom profiles; the default profile answers to its own id too, but cannot be deleted. */
const customPolicies: Behaviours = {
  ...customCrud,
  get: (context) => ({ result: profileOf(context) }),
  edit(context) {
    oneTunnelMode(context.body);
    if (profileOf(context) === context.account.defaultPolicy) return updateDefault(context);
    return customCrud.edit(context);
  },
  delete(context) {
    if (context.params.policy_id === context.account.defaultPolicy.policy_id) {
      throw new ApiFailure(400, [
        {
          code: codes.notAllowed,
          message: "The default device settings profile cannot be deleted",
        },
      ]);
    }
    return customCrud.delete(context);
  },
};

const defaultPolicy: Behaviours = {
  get: (context) => ({ result: context.account.defaultPolicy }),
  edit(context) {
    oneTunnelMode(context.body);
    return updateDefault(context);
  },
};

const certificates: Behaviours = {
  get: (context) => ({ result: context.store.zone(context.params.zone_id as string).certificates }),
  edit(context) {
    const zone = context.store.zone(context.params.zone_id as string);
    zone.certificates = { ...zone.certificates, ...(context.body as { enabled: boolean }) };
    return { result: zone.certificates };
  },
};

/** Device settings profiles (custom and default) and certificate provisioning, by `x-resource`. */
export const policies: Readonly<Record<string, Behaviours>> = {
  "policies.custom": customPolicies,
  "policies.default": defaultPolicy,
  "policies.default.certificates": certificates,
};
