import { describe, expectTypeOf, it } from "vitest";
import type { RequestBodyOf, SuccessBodyOf } from "./_route.js";

type Json<T> = { content: { "application/json": T } };

/** An operation that answers 201 only, as a create often does. */
type CreateOnly = {
  requestBody: Json<{ name: string }>;
  responses: { 201: Json<{ id: string }>; 400: Json<{ success: false }> };
};

describe("the mock's answer types", () => {
  it("answer a 201-only operation with its 201 body", () => {
    expectTypeOf<SuccessBodyOf<CreateOnly>>().toEqualTypeOf<{ id: string }>();
  });

  it("take its request body", () => {
    expectTypeOf<RequestBodyOf<CreateOnly>>().toEqualTypeOf<{ name: string }>();
    expectTypeOf<RequestBodyOf<{ responses: object }>>().toEqualTypeOf<undefined>();
  });
});
