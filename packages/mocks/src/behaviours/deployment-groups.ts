import type { Behaviours, Json, OperationContext } from "../_behaviour.js";
import { ApiFailure, badRequest, codes } from "../_failure.js";
import { pageOf } from "../_paginate.js";
import type { AccountState } from "../create-store.js";
import { type CollectionSpec, crud } from "./_crud.js";

const groupsOf = (account: AccountState) =>
  account.deploymentGroups as unknown as Map<string, Json>;

/**
 * The `policy_ids` a request sends must name custom device settings profiles of the account
 * (400 naming the entry), once each, and none may belong to another deployment group already
 * (409, as the API answers).
 */
function checkPolicies(_record: Json, context: OperationContext, id: string): void {
  const ids = (context.body as Json | undefined)?.policy_ids;
  if (!Array.isArray(ids)) return;
  const { account } = context;
  ids.forEach((policyId: string, i) => {
    const at = `/body/policy_ids/${i}`;
    if (!account.policies.has(policyId)) {
      throw badRequest(`${at} must name a custom device settings profile; ${policyId} is none`);
    }
    if (ids.indexOf(policyId) !== i) throw badRequest(`${at} repeats ${policyId}`);
    for (const [other, group] of groupsOf(account)) {
      if (other !== id && (group.policy_ids as string[] | null | undefined)?.includes(policyId)) {
        throw new ApiFailure(409, [
          {
            code: codes.invalidRequest,
            message: `${at}: profile ${policyId} already belongs to deployment group ${other}`,
          },
        ]);
      }
    }
  });
}

const spec: CollectionSpec = {
  what: "deployment group",
  param: "group_id",
  assigned: ["id", "created_at", "updated_at"],
  records: groupsOf,
  newId: (account) => account.ids.uuid(),
  build(body, context, id) {
    const now = context.store.now();
    return { id, policy_ids: null, ...body, created_at: now, updated_at: now };
  },
  check: checkPolicies,
  list: (items, context) => pageOf(items, context.query, { withTotalPages: true }),
  deleted: (id) => ({ result: { id } }),
};

const groups = crud(spec);

/**
 * Deployment groups: create, get, a page-paginated list, edit (PATCH merges; `policy_ids` and
 * `version_config` given replace the stored ones) and delete, then 404.
 */
export const deploymentGroups: Readonly<Record<string, Behaviours>> = {
  deploymentGroups: groups,
};
