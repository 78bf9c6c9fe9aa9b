/** The parts of a request `validateRequest` checks, each left out when the request has none. */
export interface RequestParts {
  /** Path parameters, by name. */
  readonly params?: Record<string, unknown> | undefined;
  /** Query parameters, by name (dotted names such as `last_seen_user.email` stay flat). */
  readonly query?: Record<string, unknown> | URLSearchParams | undefined;
  /** The JSON body. */
  readonly body?: unknown;
}

/** Options of `validateRequest`. */
export interface ValidateRequestOptions {
  /**
   * Accept parameters in their wire form, as a server receives them: strings (or repeated keys)
   * become numbers, booleans and arrays where the spec says so before validation. Off by default:
   * a client passes typed values, and a string where a number belongs is then an issue.
   */
  readonly coerce?: boolean;
}
