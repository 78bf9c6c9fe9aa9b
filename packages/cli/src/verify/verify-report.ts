/** An answer that disagrees with the spec: where, and what the spec says. */
export interface Disagreement {
  readonly operationId: string;
  /** The URL path and query the answer came from. */
  readonly request: string;
  readonly status: number;
  /** JSON pointer into the answer's body. */
  readonly pointer: string;
  readonly message: string;
  /** The JSON Schema keyword that failed (`type`, `enum`, `required`, ...). */
  readonly keyword: string;
}

/** A call that gave no answer to check: an API error, a network failure, a body that is not JSON. */
export interface Failure {
  readonly operationId: string;
  readonly request: string;
  /** Absent when there was no answer at all. */
  readonly status?: number;
  readonly message: string;
}

/** An operation `verify` could not call, and why (no record to get, no zone given). */
export interface Skip {
  readonly operationId: string;
  readonly reason: string;
}

/** What `verify` found: every answer it checked and everything that disagreed. */
export interface VerifyReport {
  /** Answers checked, by operationId (a list counts each page). */
  readonly checked: Readonly<Record<string, number>>;
  readonly disagreements: readonly Disagreement[];
  readonly failures: readonly Failure[];
  readonly skipped: readonly Skip[];
}

/** Whether the account's answers all agree with the spec and every call was answered. */
export function isClean(report: VerifyReport): boolean {
  return report.disagreements.length === 0 && report.failures.length === 0;
}
