import { describe, expectTypeOf, it } from "vitest";
import type { ApiPromise } from "./api-promise.js";
import type { Body, Call, Params, Result, SuccessBody } from "./operation-types.js";

type Json<T> = { content: { "application/json": T } };

/** An operation that answers 201 only, in the envelope. */
type CreateOnly = {
  parameters: { path: { account_id: string }; query?: never };
  requestBody: Json<{ name: string }>;
  responses: {
    201: Json<{ success: true; result: { id: string } }>;
    400: Json<{ success: false; result: null }>;
  };
};

describe("a 201-only operation", () => {
  it("answers its 201 body, and resolves to that body's result", () => {
    expectTypeOf<SuccessBody<CreateOnly>>().toEqualTypeOf<{
      success: true;
      result: { id: string };
    }>();
    expectTypeOf<Result<CreateOnly>>().toEqualTypeOf<{ id: string }>();
    expectTypeOf<Call<CreateOnly>>().toEqualTypeOf<
      ApiPromise<{ id: string }, { success: true; result: { id: string } }>
    >();
  });

  it("takes its body, and the scope as an optional parameter", () => {
    expectTypeOf<Body<CreateOnly>>().toEqualTypeOf<{ name: string }>();
    expectTypeOf<{ account_id?: string }>().toMatchTypeOf<Params<CreateOnly>>();
    expectTypeOf<Record<string, never>>().toMatchTypeOf<Params<CreateOnly>>();
  });
});
