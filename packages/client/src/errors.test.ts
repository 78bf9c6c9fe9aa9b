import { describe, expect, it } from "vitest";
import {
  AuthenticationError,
  BadRequestError,
  CloudflareApiError,
  ConflictError,
  createApiError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from "./errors.js";

const PATH = "/accounts/{account_id}/devices/posture";

function init(status: number, errors = [{ code: 10000, message: "Authentication error" }]) {
  return {
    status,
    headers: new Headers({ "cf-ray": "8c1f2a3b4d5e6f70-SJC" }),
    errors,
    messages: [{ code: 1, message: "note" }],
    method: "GET",
    path: PATH,
  };
}

describe("createApiError", () => {
  const cases = [
    { status: 400, Class: BadRequestError, name: "BadRequestError" },
    { status: 401, Class: AuthenticationError, name: "AuthenticationError" },
    { status: 403, Class: PermissionDeniedError, name: "PermissionDeniedError" },
    { status: 404, Class: NotFoundError, name: "NotFoundError" },
    { status: 409, Class: ConflictError, name: "ConflictError" },
    { status: 422, Class: UnprocessableEntityError, name: "UnprocessableEntityError" },
    { status: 429, Class: RateLimitError, name: "RateLimitError" },
    { status: 500, Class: InternalServerError, name: "InternalServerError" },
    { status: 503, Class: InternalServerError, name: "InternalServerError" },
    { status: 418, Class: CloudflareApiError, name: "CloudflareApiError" },
    { status: 200, Class: CloudflareApiError, name: "CloudflareApiError" },
  ];
  it.each(cases)("$status -> $name", ({ status, Class, name }) => {
    const error = createApiError(init(status));
    expect(error).toBeInstanceOf(Class);
    expect(error).toBeInstanceOf(CloudflareApiError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe(name);
    expect(error.status).toBe(status);
  });
});

describe("CloudflareApiError", () => {
  it("reads like the status, the call and the envelope's errors", () => {
    expect(createApiError(init(403)).message).toBe(
      "403 Forbidden on GET /accounts/{account_id}/devices/posture: [10000] Authentication error",
    );
  });

  it("lists every error and leaves the detail out when there is none", () => {
    const two = [
      { code: 1001, message: "a" },
      { code: 1002, message: "b" },
    ];
    expect(createApiError(init(400, two)).message).toBe(
      `400 Bad Request on GET ${PATH}: [1001] a; [1002] b`,
    );
    expect(createApiError(init(502, [])).message).toBe(`502 Bad Gateway on GET ${PATH}`);
    expect(createApiError(init(599, [])).message).toBe(`599 on GET ${PATH}`);
  });

  it("says when a 2xx carried success: false", () => {
    expect(createApiError(init(200)).message).toBe(
      `200 OK with success: false on GET ${PATH}: [10000] Authentication error`,
    );
  });

  it("carries the envelope, the ray id and the call", () => {
    const error = createApiError(init(401));
    expect(error).toMatchObject({
      errors: [{ code: 10000, message: "Authentication error" }],
      messages: [{ code: 1, message: "note" }],
      rayId: "8c1f2a3b4d5e6f70-SJC",
      method: "GET",
      path: PATH,
    });
    expect(error.headers.get("cf-ray")).toBe("8c1f2a3b4d5e6f70-SJC");
  });

  it("serialises to a plain summary", () => {
    expect(JSON.parse(JSON.stringify(createApiError(init(404))))).toEqual({
      name: "NotFoundError",
      message: `404 Not Found on GET ${PATH}: [10000] Authentication error`,
      status: 404,
      errors: [{ code: 10000, message: "Authentication error" }],
      messages: [{ code: 1, message: "note" }],
      rayId: "8c1f2a3b4d5e6f70-SJC",
      method: "GET",
      path: PATH,
    });
    expect(String(createApiError(init(404)))).toBe(
      `NotFoundError: 404 Not Found on GET ${PATH}: [10000] Authentication error`,
    );
  });
});
