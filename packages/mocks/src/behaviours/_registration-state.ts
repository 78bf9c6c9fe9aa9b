import type { Registration } from "@zt-devices/types";
import { notFound } from "../_failure.js";
import { hashSeed } from "../_prng.js";
import type { AccountState, Store } from "../create-store.js";

/** Whether a registration counts as active: neither revoked nor deleted. */
export function isActive(registration: Registration): boolean {
  return registration.revoked_at == null && registration.deleted_at == null;
}

/** The registrations with these ids, or a 404 naming the first the account does not have. */
export function registrationsWithIds(
  account: AccountState,
  ids: readonly string[],
): Registration[] {
  return ids.map((id) => {
    const registration = account.registrations.get(id);
    if (!registration) throw notFound("registration", id);
    return registration;
  });
}

/** Revokes (or unrevokes) registrations, stamping when it happened. */
export function setRevoked(registrations: Registration[], revoked: boolean, now: string): void {
  for (const registration of registrations) {
    if (revoked === (registration.revoked_at != null)) continue;
    registration.revoked_at = revoked ? now : null;
    registration.updated_at = now;
  }
}

/**
 * The one-time admin override codes of a known registration, keyed by how long they disable WARP
 * for (the account's `disable_for_time`, in seconds). Derived from the seed, so stable across calls.
 */
export function overrideCodesOf(store: Store, account: AccountState, id: string) {
  if (!account.registrations.has(id)) throw notFound("registration", id);
  const seconds = String(account.settings.disable_for_time || 3600);
  const code = String(hashSeed(store.seed, `override:${id}`) % 100_000_000).padStart(8, "0");
  return { disable_for_time: { [seconds]: code } };
}

/** The result_info the bulk registration operations send beside an empty result. */
export function bulkInfo(count: number) {
  return { count, cursor: "", per_page: count, total_count: null };
}
