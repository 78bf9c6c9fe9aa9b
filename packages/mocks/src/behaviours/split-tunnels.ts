import type { Behaviours, Json, OperationContext } from "../_behaviour.js";
import { wholeList } from "../_paginate.js";
import { profileOf } from "./policies.js";

type ListField = "exclude" | "include" | "fallback_domains";

// The list of one profile: PUT replaces it whole and GET returns what was put.
function listOf(field: ListField, profile: (context: OperationContext) => Json): Behaviours {
  return {
    get: (context) => wholeList(structuredClone((profile(context)[field] as unknown[]) ?? [])),
    update(context) {
      const list = structuredClone(context.body as unknown[]);
      profile(context)[field] = list;
      return wholeList(structuredClone(list));
    },
  };
}

const defaultProfile = (context: OperationContext) => context.account.defaultPolicy as Json;

/** Split tunnel include and exclude lists and local domain fallback lists, by `x-resource`. */
export const splitTunnels: Readonly<Record<string, Behaviours>> = {
  "policies.default.excludes": listOf("exclude", defaultProfile),
  "policies.default.includes": listOf("include", defaultProfile),
  "policies.default.fallbackDomains": listOf("fallback_domains", defaultProfile),
  "policies.custom.excludes": listOf("exclude", profileOf),
  "policies.custom.includes": listOf("include", profileOf),
  "policies.custom.fallbackDomains": listOf("fallback_domains", profileOf),
};
