import type { Store } from "./create-store.js";

/**
 * Runs `work` (a behaviour and the serialisation of its answer) so that the state of the account
 * or zone in `params` changes only if `work` returns: when it throws, every collection and field
 * is put back as it was. Records are replaced, not edited, by the behaviours that take a body, so
 * a shallow copy is enough to undo them.
 */
export function transact<T>(
  store: Store,
  params: Readonly<Record<string, string>>,
  work: () => T,
): T {
  const accountId = params.account_id;
  const zoneId = params.zone_id;
  const target = (
    accountId !== undefined
      ? store.account(accountId)
      : zoneId !== undefined
        ? store.zone(zoneId)
        : undefined
  ) as Record<string, unknown> | undefined;
  if (!target) return work();
  const saved = Object.entries(target).map(
    ([key, value]) => [key, value, value instanceof Map ? [...value] : undefined] as const,
  );
  try {
    return work();
  } catch (error) {
    for (const [key, value, entries] of saved) {
      if (entries) {
        // Map.prototype, not the instance: the store's maps are restored whatever patched them.
        Map.prototype.clear.call(value);
        for (const [k, v] of entries) Map.prototype.set.call(value, k, v);
      } else target[key] = value;
    }
    throw error;
  }
}
