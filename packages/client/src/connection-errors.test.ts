import { describe, expect, it } from "vitest";
import { ApiAbortError, ApiConnectionError, ApiTimeoutError } from "./connection-errors.js";

const PATH = "/accounts/{account_id}/devices";

describe("ApiConnectionError", () => {
  it("names the call and quotes only the system error code of the cause", () => {
    const cause = new TypeError("fetch failed", {
      cause: Object.assign(new Error("connect ECONNREFUSED 10.0.0.1:443"), {
        code: "ECONNREFUSED",
      }),
    });
    const error = new ApiConnectionError("GET", PATH, { cause });
    expect(error.message).toBe(`Connection error on GET ${PATH} (ECONNREFUSED)`);
    expect(error.cause).toBe(cause);
    expect(error.name).toBe("ApiConnectionError");
  });

  it("leaves out the message of the cause, which may quote header values", () => {
    const cause = new TypeError('Headers.append: "Bearer secret\n" is an invalid header value.');
    const error = new ApiConnectionError("POST", PATH, { cause });
    expect(error.message).toBe(`Connection error on POST ${PATH}`);
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: "ApiConnectionError",
      message: error.message,
      method: "POST",
      path: PATH,
    });
  });
});

describe("ApiTimeoutError", () => {
  it("is a connection error naming the limit", () => {
    const error = new ApiTimeoutError("GET", PATH, 5000);
    expect(error).toBeInstanceOf(ApiConnectionError);
    expect(error.name).toBe("ApiTimeoutError");
    expect(error.timeoutMs).toBe(5000);
    expect(error.message).toBe(`Timed out after 5000 ms on GET ${PATH}`);
  });
});

describe("ApiAbortError", () => {
  it("is not a connection error, and keeps the abort reason as cause", () => {
    const error = new ApiAbortError("DELETE", PATH, "user left");
    expect(error).not.toBeInstanceOf(ApiConnectionError);
    expect(error.message).toBe(`Request aborted on DELETE ${PATH}`);
    expect(error.cause).toBe("user left");
    expect(error.toJSON()).toEqual({
      name: "ApiAbortError",
      message: error.message,
      method: "DELETE",
      path: PATH,
    });
  });
});
