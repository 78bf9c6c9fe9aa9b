import type { Store } from "./create-store.js";

type AnyMap = Map<unknown, unknown>;
type Undo = () => void;

// Logs how to undo each change made to `map` until `release` runs; the cost is per change, not
// per record, so a write to an account of 10,000 records costs what it costs in an empty one.
function watch(map: AnyMap, undo: Undo[]): Undo {
  const own = Object.hasOwn(map, "set");
  const { set, delete: remove, clear } = map;
  const restoreOne = (key: unknown) => {
    const had = Map.prototype.has.call(map, key);
    const old = Map.prototype.get.call(map, key);
    undo.push(() =>
      had ? Map.prototype.set.call(map, key, old) : Map.prototype.delete.call(map, key),
    );
  };
  map.set = (key, value) => {
    restoreOne(key);
    return set.call(map, key, value);
  };
  map.delete = (key) => {
    restoreOne(key);
    return remove.call(map, key);
  };
  map.clear = () => {
    const entries = [...map];
    undo.push(() => {
      for (const [key, value] of entries) Map.prototype.set.call(map, key, value);
    });
    clear.call(map);
  };
  return () => {
    if (own) Object.assign(map, { set, delete: remove, clear });
    else {
      Reflect.deleteProperty(map, "set");
      Reflect.deleteProperty(map, "delete");
      Reflect.deleteProperty(map, "clear");
    }
  };
}

/**
 * Runs `work` (a behaviour and the serialisation of its answer) so that the state of the account
 * or zone in `params` changes only if `work` returns: when it throws, every change to its
 * collections and fields is undone. Behaviours replace records rather than edit them where a
 * body is involved, so undoing the collections and fields is enough.
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
  const fields = Object.entries(target);
  const undo: Undo[] = [];
  const releases = fields.flatMap(([, value]) =>
    value instanceof Map ? [watch(value as AnyMap, undo)] : [],
  );
  try {
    return work();
  } catch (error) {
    for (const step of undo.reverse()) step();
    for (const [key, value] of fields) if (!(value instanceof Map)) target[key] = value;
    throw error;
  } finally {
    for (const release of releases) release();
  }
}
