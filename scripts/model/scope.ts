/**
 * The account/zone scope of an operation: the one place that says which path parameter holds
 * which. Every `/accounts/{account_id}/...` operation is account-scoped, every
 * `/zones/{zone_id}/...` one zone-scoped; the CLI and the client fill that parameter from their
 * configuration instead of asking for it with each call.
 */
export const SCOPE_PARAMETERS = { account: "account_id", zone: "zone_id" } as const;

/** An operation's scope: `account` or `zone`. */
export type Scope = keyof typeof SCOPE_PARAMETERS;

/** The path parameter a scope is given by: `account_id`, `zone_id`. */
export type ScopeParameter = (typeof SCOPE_PARAMETERS)[Scope];

/** Whether a parameter name is one a scope is given by. */
export function isScopeParameter(name: string): name is ScopeParameter {
  return name === SCOPE_PARAMETERS.account || name === SCOPE_PARAMETERS.zone;
}

/** The scope of a path: that of its first path parameter that gives one, else undefined. */
export function scopeOf(path: string): Scope | undefined {
  for (const [, name] of path.matchAll(/\{([^{}]+)\}/g)) {
    if (name === SCOPE_PARAMETERS.account) return "account";
    if (name === SCOPE_PARAMETERS.zone) return "zone";
  }
  return undefined;
}
