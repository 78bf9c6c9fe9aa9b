import { describe, expect, it } from "vitest";
import { checkCredentials } from "./_auth.js";
import { ApiFailure } from "./_failure.js";

function outcome(headers: Record<string, string>) {
  try {
    checkCredentials(headers);
    return "ok";
  } catch (error) {
    if (!(error instanceof ApiFailure)) throw error;
    return `${error.status} ${error.errors[0]?.code} ${error.errors[0]?.message}`;
  }
}

describe("checkCredentials", () => {
  it.each([
    { given: { authorization: "Bearer abc" }, want: "ok" },
    { given: { authorization: "bearer abc" }, want: "ok" },
    { given: { "x-auth-email": "a@example.com", "x-auth-key": "0123" }, want: "ok" },
    { given: {}, want: "401 10000 Authentication error" },
    {
      given: { authorization: "Bearer " },
      want: "403 6111 Invalid format for Authorization header: expected Bearer <token>",
    },
    {
      given: { authorization: "Basic dXNlcg==" },
      want: "403 6111 Invalid format for Authorization header: expected Bearer <token>",
    },
    {
      given: { authorization: "Bearer a b" },
      want: "403 6111 Invalid format for Authorization header: expected Bearer <token>",
    },
    {
      given: { "x-auth-key": "0123" },
      want: "403 6102 Invalid format for X-Auth-Email header: expected an email address",
    },
    {
      given: { "x-auth-email": "nobody", "x-auth-key": "k" },
      want: "403 6102 Invalid format for X-Auth-Email header: expected an email address",
    },
    {
      given: { "x-auth-email": "a@example.com" },
      want: "403 6103 Invalid format for X-Auth-Key header: expected the global API key",
    },
  ])("$given -> $want", ({ given, want }) => expect(outcome(given)).toBe(want));
});
