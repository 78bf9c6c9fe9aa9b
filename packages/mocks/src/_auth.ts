import { ApiFailure, codes } from "./_failure.js";

/** Request headers by lower-case name, as node:http gives them. */
export type HeaderMap = Readonly<Record<string, string | string[] | undefined>>;

function header(headers: HeaderMap, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function forbidden(code: number, message: string): ApiFailure {
  return new ApiFailure(403, [{ code, message }]);
}

/**
 * Checks the credentials the way the API does, without knowing any: an API token
 * (`Authorization: Bearer <token>`) or a global key (`X-Auth-Email` with `X-Auth-Key`).
 * None at all is a 401; present but malformed is a 403 (see decisions/mock-auth.md).
 */
export function checkCredentials(headers: HeaderMap): void {
  const authorization = header(headers, "authorization");
  const email = header(headers, "x-auth-email");
  const key = header(headers, "x-auth-key");
  if (authorization !== undefined) {
    if (/^Bearer [^\s]+$/i.test(authorization.trim())) return;
    throw forbidden(
      codes.badAuthorization,
      "Invalid format for Authorization header: expected Bearer <token>",
    );
  }
  if (email === undefined && key === undefined) {
    throw new ApiFailure(401, [{ code: codes.authentication, message: "Authentication error" }]);
  }
  if (!email?.includes("@")) {
    throw forbidden(
      codes.badAuthEmail,
      "Invalid format for X-Auth-Email header: expected an email address",
    );
  }
  if (!key?.trim()) {
    throw forbidden(
      codes.badAuthKey,
      "Invalid format for X-Auth-Key header: expected the global API key",
    );
  }
}
