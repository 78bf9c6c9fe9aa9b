import { pathSegment } from "../args/path-segment.js";
import { UsageError } from "../args/usage-error.js";
import type { CommandSpec } from "../commands/command-spec.js";
import { buildBody } from "./body.js";

/** What a command sends: path parameters in path order, the query, and the body if any. */
export interface CommandRequest {
  /** Path parameters other than `account_id`/`zone_id`, in the order the path has them. */
  readonly path: readonly (readonly [name: string, value: string])[];
  readonly query: Readonly<Record<string, unknown>>;
  /** Absent when nothing is sent. */
  readonly body?: unknown;
}

const SCOPES = new Set(["account_id", "zone_id"]);

/**
 * Sorts parsed options into a request: path parameters, query parameters, body (see `buildBody`).
 * A missing required path or query option fails here, before anything is sent.
 *
 * @example
 * buildRequest(postureGet, { "rule-id": "f174e90a" }, undefined);
 * // { path: [["rule_id", "f174e90a"]], query: {} }
 */
export function buildRequest(
  command: Pick<CommandSpec, "flags" | "body" | "route">,
  values: Readonly<Record<string, unknown>>,
  data: { readonly value: unknown } | undefined,
): CommandRequest {
  const missing = command.flags.filter(
    (f) => f.in !== "body" && f.required && values[f.flag] === undefined,
  );
  if (missing.length > 0) {
    const names = missing.map((f) => `--${f.flag}`).join(", ");
    throw new UsageError(`missing required option${missing.length > 1 ? "s" : ""} ${names}`);
  }
  const order = [...command.route.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1] as string);
  const path = order
    .filter((name) => !SCOPES.has(name))
    .map((name) => {
      const flag = command.flags.find((f) => f.in === "path" && f.name === name);
      const value = String(flag ? values[flag.flag] : "");
      return [name, pathSegment(`--${flag?.flag ?? name}`, value)] as const;
    });
  const query = Object.fromEntries(
    command.flags
      .filter((f) => f.in === "query" && values[f.flag] !== undefined)
      .map((f) => [f.name, values[f.flag]]),
  );
  const body = buildBody(command, values, data);
  return body === undefined ? { path, query } : { path, query, body };
}
