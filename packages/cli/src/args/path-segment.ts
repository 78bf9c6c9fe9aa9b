import { UsageError } from "./usage-error.js";

/**
 * A value the request puts in its URL path as one segment, given by `source` (`--rule-id`,
 * `CLOUDFLARE_ACCOUNT_ID`): an empty one, `.` or `..` would send the request to another route (or,
 * for an account, fall back to another one unnoticed), so each is refused before anything is sent.
 *
 * @example
 * pathSegment("--rule-id", ".."); // throws '--rule-id must not be "..", which would change the route'
 */
export function pathSegment(source: string, value: string): string {
  if (value === "") throw new UsageError(`${source} must not be empty`);
  if (value === "." || value === "..")
    throw new UsageError(`${source} must not be "${value}", which would change the route`);
  return value;
}
