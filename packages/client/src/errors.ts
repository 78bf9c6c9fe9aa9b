/** One entry of an envelope's `errors` or `messages` array. */
export interface ApiMessage {
  code: number;
  message: string;
  documentation_url?: string;
  source?: { pointer?: string };
}

/** What an API error is built from: the answer's status and headers, its envelope, and the call. */
export interface ApiErrorInit {
  status: number;
  headers: Headers;
  errors: readonly ApiMessage[];
  messages: readonly ApiMessage[];
  /** HTTP method of the call. */
  method: string;
  /** Path template of the operation, e.g. `/accounts/{account_id}/devices/posture`. */
  path: string;
  /** The start of the body as sent (at most 1,000 characters), credentials redacted. */
  body?: string | undefined;
  /** What to say of a body that is not an envelope, in place of its errors. */
  detail?: string | undefined;
}

// Fixed texts rather than response.statusText: HTTP/2 answers (and most stubs) carry none.
const STATUS_TEXT: Record<number, string> = {
  200: "OK",
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  408: "Request Timeout",
  409: "Conflict",
  422: "Unprocessable Entity",
  429: "Too Many Requests",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

/**
 * An answer from the API that is not a success: a non-2xx status, or a 2xx whose envelope says
 * `success: false`. Each common status has its own subclass. The message names the status, the
 * call and the envelope's errors, and never a credential.
 *
 * @example
 * ```ts
 * try {
 *   await zt.posture.get("missing");
 * } catch (error) {
 *   if (error instanceof CloudflareApiError) console.error(error.status, error.errors, error.rayId);
 * }
 * // error.message: "404 Not Found on GET /accounts/{account_id}/devices/posture/{rule_id}: [1001] Rule not found"
 * ```
 */
export class CloudflareApiError extends Error {
  override name = "CloudflareApiError";
  /** HTTP status of the answer (a 2xx when the envelope said `success: false`). */
  declare readonly status: number;
  /** The envelope's `errors`. */
  declare readonly errors: readonly ApiMessage[];
  /** The envelope's `messages`. */
  declare readonly messages: readonly ApiMessage[];
  /** The `cf-ray` id of the answer, to quote to Cloudflare support. */
  declare readonly rayId: string | undefined;
  /** HTTP method of the call. */
  declare readonly method: string;
  /** Path template of the operation. */
  declare readonly path: string;
  /** Headers of the answer. */
  declare readonly headers: Headers;
  /** The start of the body (at most 1,000 characters), credentials redacted: an HTML page's, say. */
  declare readonly body: string | undefined;

  constructor(init: ApiErrorInit) {
    const { status, errors, method, path } = init;
    const text = STATUS_TEXT[status] ?? "";
    const failed = status < 300 && init.detail === undefined ? " with success: false" : "";
    const head = `${status}${text ? ` ${text}` : ""}${failed}`;
    const detail = init.detail ?? errors.map((e) => `[${e.code}] ${e.message}`).join("; ");
    super(`${head} on ${method} ${path}${detail ? `: ${detail}` : ""}`);
    this.status = status;
    this.errors = errors;
    this.messages = init.messages;
    this.rayId = init.headers.get("cf-ray") ?? undefined;
    this.method = method;
    this.path = path;
    this.headers = init.headers;
    this.body = init.body;
  }

  /** A plain summary for logs and JSON: everything but the headers. */
  toJSON(): Record<string, unknown> {
    return { ...this, message: this.message, headers: undefined };
  }
}

/** 400: the request is malformed. */
export class BadRequestError extends CloudflareApiError {
  override name = "BadRequestError";
}
/** 401: the credentials are missing or invalid. */
export class AuthenticationError extends CloudflareApiError {
  override name = "AuthenticationError";
}
/** 403: the credentials lack a permission the call needs. */
export class PermissionDeniedError extends CloudflareApiError {
  override name = "PermissionDeniedError";
}
/** 404: the resource or the route does not exist. */
export class NotFoundError extends CloudflareApiError {
  override name = "NotFoundError";
}
/** 409: the call conflicts with the current state; retried by default for GET, HEAD and PUT. */
export class ConflictError extends CloudflareApiError {
  override name = "ConflictError";
}
/** 422: the request is well formed but its content is invalid. */
export class UnprocessableEntityError extends CloudflareApiError {
  override name = "UnprocessableEntityError";
}
/** 429: rate limited; retried by default, honouring `Retry-After` (a write only with one). */
export class RateLimitError extends CloudflareApiError {
  override name = "RateLimitError";
}
/**
 * A 2xx whose body is not JSON: a proxy's page, a truncated answer. `body` has its start.
 *
 * @example
 * ```ts
 * try {
 *   await zt.posture.list();
 * } catch (error) {
 *   if (error instanceof InvalidResponseError) console.error(error.status, error.rayId, error.body);
 * }
 * ```
 */
export class InvalidResponseError extends CloudflareApiError {
  override name = "InvalidResponseError";
}
/** Any 5xx: the API failed; retried by default for GET, HEAD and PUT. */
export class InternalServerError extends CloudflareApiError {
  override name = "InternalServerError";
}

const BY_STATUS: Record<number, typeof CloudflareApiError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

/** Builds the error of the class that matches `init.status`. */
export function createApiError(init: ApiErrorInit): CloudflareApiError {
  const Class =
    init.status >= 500 ? InternalServerError : (BY_STATUS[init.status] ?? CloudflareApiError);
  return new Class(init);
}
