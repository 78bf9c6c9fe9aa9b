import { escapeToken } from "../../model/json-pointer.js";
import { json, type Key, type PathPart, type Place, renderPath } from "./emit-code.js";

/**
 * Where an issue or a call is, as the code passes it on: the pointer (from the function's `at`)
 * and the keys (from its `path`: a step `[path, ...keys]` holds the keys in between, so a call
 * copies nothing). Both are only built when issues are recorded, or at the one issue found.
 */

/** The code of one key: a string literal, or the expression holding it. */
function renderKey(key: Key): string {
  return "text" in key ? json(key.text) : "index" in key ? key.index : key.name;
}

/** The pointer part of a key: escaped as RFC 6901 wants, at emit time when it is known. */
export function pointerOf(key: Key): PathPart[] {
  if ("text" in key) return [{ text: `/${escapeToken(key.text)}` }];
  if ("index" in key) return [{ text: "/" }, { code: key.index }];
  return [{ text: "/" }, { code: `escapeToken(${key.name})` }];
}

/**
 * Whether the pointer of the place's value, or of its `key`, escapes a key known only at run time
 * (a property name from a loop): the code then calls the runtime's `escapeToken`.
 */
export function escapesAKey(place: Place, key?: Key): boolean {
  return place.keys.some((k) => "name" in k) || (key !== undefined && "name" in key);
}

/** The `path` argument of a place whose keys are `keys`: the function's own, or a step from it. */
function renderNode(keys: Key[]): string {
  return keys.length === 0 ? "path" : `[path, ${keys.map(renderKey).join(", ")}]`;
}

/** The place of the value at `key` of the place's value, held in the variable `data`. */
export function step(place: Place, data: string, key: Key): Place {
  return { ...place, data, path: [...place.path, ...pointerOf(key)], keys: [...place.keys, key] };
}

/** The last arguments of `issue(...)`: pointer, path and last key of the value or its `key`. */
export function issueWhere(place: Place, key?: Key): string {
  const keys = key === undefined ? place.keys : [...place.keys, key];
  const pointer = renderPath(key === undefined ? place.path : [...place.path, ...pointerOf(key)]);
  const last = keys.at(-1);
  return last === undefined
    ? `${pointer}, path`
    : `${pointer}, ${renderNode(keys.slice(0, -1))}, ${renderKey(last)}`;
}

/** The arguments after `errors` of a call validating the place's value: `at`, `path`, `prefix`. */
export function callWhere(place: Place): string {
  const pointer = renderPath(place.path);
  const at = pointer === "at" ? pointer : `errors && ${pointer}`;
  const node = place.keys.length === 0 ? "path" : `errors && ${renderNode(place.keys)}`;
  return `${at}, ${node}, ${place.prefix}`;
}
