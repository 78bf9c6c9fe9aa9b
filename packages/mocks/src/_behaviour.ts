import type { Route } from "./_route.js";
import type { AccountState, Store } from "./create-store.js";

/** One request as the behaviour of its operation sees it: parsed, validated and authenticated. */
export interface OperationContext {
  readonly operationId: string;
  readonly route: Route;
  /** Path parameters, decoded. */
  readonly params: Readonly<Record<string, string>>;
  /** Query parameters the operation declares, typed as the spec says. */
  readonly query: Readonly<Record<string, unknown>>;
  /** The parsed JSON body; `undefined` when there is none. */
  readonly body: unknown;
  readonly store: Store;
  /** The state of the account in the path (`account_id`). */
  readonly account: AccountState;
}

/** What a behaviour answers with: the `result` and `result_info` of the envelope (status 200). */
export interface Answer {
  readonly result: unknown;
  readonly resultInfo?: unknown;
}

/** The stateful behaviour of one operation: plain function, request in, answer out. */
export type Behaviour = (context: OperationContext) => Answer;

/** The behaviours of one resource group, keyed by `x-method`. */
export type Behaviours = Readonly<Record<string, Behaviour>>;

/** A JSON object as behaviours handle it. */
export type Json = Record<string, unknown>;
