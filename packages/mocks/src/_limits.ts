import type { OperationContext } from "./_behaviour.js";
import { ApiFailure, codes } from "./_failure.js";

/** How much the store keeps, so that a long-running mock has bounded memory. */
export interface StoreLimits {
  /** Accounts (and zones) the store holds; a request for one more is refused. Default 1000. */
  readonly maxAccounts: number;
  /** Records of one kind in one account; a create past it is refused. Default 10,000. */
  readonly maxRecords: number;
}

/** The limits when none are given: about 40 MB of seeded accounts at most. */
export const DEFAULT_LIMITS: StoreLimits = { maxAccounts: 1000, maxRecords: 10_000 };

/** Reads limits from options, refusing what is not a whole number of at least 1. */
export function limitsOf(options: Partial<StoreLimits>): StoreLimits {
  const read = (name: keyof StoreLimits) => {
    const value = options[name] ?? DEFAULT_LIMITS[name];
    if (!Number.isInteger(value) || value < 1)
      throw new RangeError(`${name} must be a whole number >= 1, got ${value}`);
    return value;
  };
  return { maxAccounts: read("maxAccounts"), maxRecords: read("maxRecords") };
}

/** The 403 the API gives for an account the token cannot reach, saying why the mock gives it. */
export function tooManyAccounts(id: string, limits: StoreLimits): ApiFailure {
  const message = `Unauthorized to access requested resource: the mock holds at most ${limits.maxAccounts} accounts (maxAccounts, --max-accounts) and ${id} would be one more`;
  return new ApiFailure(403, [{ code: codes.accountLimit, message }]);
}

/** Refuses a create when the account already holds `maxRecords` records of the kind. */
export function checkRoom(size: number, what: string, context: OperationContext): void {
  const { maxRecords } = context.store.limits;
  if (size < maxRecords) return;
  const message = `Limit exceeded: an account holds at most ${maxRecords} ${what} records in the mock (maxRecords, --max-records); delete one first`;
  throw new ApiFailure(400, [{ code: codes.limitExceeded, message }]);
}
