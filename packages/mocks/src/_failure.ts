/** One entry of the envelope's `errors`. */
export interface ApiMessage {
  code: number;
  message: string;
}

/**
 * An answer other than success, thrown by behaviour code and turned into the error envelope
 * `{ success: false, errors, messages: [], result: null }` in one place. The codes are listed in
 * decisions/mock-errors.md.
 */
export class ApiFailure extends Error {
  override readonly name = "ApiFailure";
  readonly status: number;
  readonly errors: readonly ApiMessage[];
  readonly headers: Readonly<Record<string, string>>;

  constructor(
    status: number,
    errors: readonly ApiMessage[],
    headers: Readonly<Record<string, string>> = {},
  ) {
    super(errors.map((e) => `[${e.code}] ${e.message}`).join("; "));
    this.status = status;
    this.errors = errors;
    this.headers = headers;
  }
}

/** Error codes the mock sends; Cloudflare's own where it documents one. */
export const codes = {
  invalidRequest: 1001,
  limitExceeded: 1002,
  notFound: 1004,
  tooLarge: 1005,
  notAllowed: 1006,
  malformedJson: 6007,
  badAuthorization: 6111,
  badAuthEmail: 6102,
  badAuthKey: 6103,
  noRoute: 7000,
  methodNotAllowed: 7001,
  malformedRequest: 7002,
  requestTimeout: 7003,
  uriTooLong: 7004,
  headersTooLarge: 7005,
  accountLimit: 9109,
  authentication: 10000,
  internal: 10001,
} as const;

/** A 400 for a request the API would refuse, naming what is wrong. */
export function badRequest(message: string, code: number = codes.invalidRequest): ApiFailure {
  return new ApiFailure(400, [{ code, message }]);
}

/** A 404 for an id the account does not have. */
export function notFound(what: string, id: string): ApiFailure {
  return new ApiFailure(404, [{ code: codes.notFound, message: `No ${what} with id ${id}` }]);
}
