import type { Json } from "../_behaviour.js";

/**
 * A device settings profile tunnels in one split tunnel mode: it carries `include` entries or
 * `exclude` entries, never both. When `changes` name one mode, the record keeps that one and
 * drops the other; otherwise it keeps the record's first mode (`exclude` if it has both).
 *
 * @example
 * singleTunnelMode({ exclude: [a], include: [b] }, { include: [c] }); // { include: [c] }
 */
export function singleTunnelMode(record: Json, changes: Json = {}): Json {
  const drop =
    changes.include !== undefined
      ? "exclude"
      : changes.exclude !== undefined || record.exclude !== undefined
        ? "include"
        : undefined;
  const out = { ...record };
  if (drop) delete out[drop];
  return out;
}
