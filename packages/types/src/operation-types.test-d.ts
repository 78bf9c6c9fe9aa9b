import { describe, expectTypeOf, it } from "vitest";
import type {
  AnswerOf,
  BodyOf,
  OkStatusOf,
  OperationId,
  operations,
  PathOf,
  QueryOf,
} from "./index.js";

type Json<T> = { content: { "application/json": T } };

/** An operation that answers 201 only, as a create often does. */
type CreateOnly = {
  parameters: { path: { account_id: string }; query?: never };
  requestBody: Json<{ name: string }>;
  responses: { 201: Json<{ id: string }>; 400: Json<{ success: false }> };
};

/** An operation with both 200 and 202 answers. */
type Both = { parameters: object; responses: { 202: Json<"later">; 200: Json<"now"> } };

describe("the success answer is the model's: 200, else the first 2xx", () => {
  it("a 201-only operation answers its 201 body", () => {
    expectTypeOf<OkStatusOf<CreateOnly>>().toEqualTypeOf<201>();
    expectTypeOf<AnswerOf<CreateOnly>>().toEqualTypeOf<{ id: string }>();
  });

  it("200 wins over another 2xx", () => {
    expectTypeOf<AnswerOf<Both>>().toEqualTypeOf<"now">();
  });

  it("a real operation answers its 200 envelope", () => {
    expectTypeOf<AnswerOf<operations["listPostureRules"]>>().toHaveProperty("result");
  });
});

describe("request parts", () => {
  it("reads path, query and body", () => {
    expectTypeOf<PathOf<CreateOnly>>().toEqualTypeOf<{ account_id: string }>();
    expectTypeOf<QueryOf<CreateOnly>>().toEqualTypeOf<Record<string, never>>();
    expectTypeOf<BodyOf<CreateOnly>>().toEqualTypeOf<{ name: string }>();
  });

  it("names every operation by its operationId", () => {
    expectTypeOf<"listPostureRules">().toMatchTypeOf<OperationId>();
    expectTypeOf<"nope">().not.toMatchTypeOf<OperationId>();
  });
});
