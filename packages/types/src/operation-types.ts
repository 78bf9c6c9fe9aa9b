// Helpers over one entry of openapi-typescript's `operations` (`operations["listPostureRules"]`):
// the one set the client, the validators and the mock server type requests and answers with.
import type { operations } from "./openapi.gen.js";

/** The operationId of every operation of the API. */
export type OperationId = keyof operations & string;

/** No parameters of that kind. */
export type Empty = Record<string, never>;

type ParametersOf<Op> = Op extends { parameters: infer P } ? P : never;
type Defined<T, E> = [NonNullable<T>] extends [never] ? E : NonNullable<T>;
type ContentOf<T> = T extends { content: infer C } ? C[keyof C] : undefined;
type ResponsesOf<Op> = Op extends { responses: infer R } ? R : never;

/** The JSON content of a request body or an answer: `never` when it has none. */
export type JsonBody<T> = T extends { content: { "application/json": infer B } } ? B : never;

/** The path parameters of an operation, `Empty` when it has none. */
export type PathOf<Op> = ParametersOf<Op> extends { path?: infer P } ? Defined<P, Empty> : Empty;

/** The query of an operation, `Empty` when it has none. */
export type QueryOf<Op> = ParametersOf<Op> extends { query?: infer Q } ? Defined<Q, Empty> : Empty;

/** The body of an operation's request; `undefined` when it has none or it may be left out. */
export type BodyOf<Op> = Op extends { requestBody: infer B }
  ? Defined<ContentOf<B>, undefined>
  : Op extends { requestBody?: infer B }
    ? Defined<ContentOf<B>, undefined> | undefined
    : undefined;

/** The parts of a request: path parameters, query and body. */
export interface RequestOf<Op> {
  readonly params: PathOf<Op>;
  readonly query: QueryOf<Op>;
  readonly body: BodyOf<Op>;
}

/** The body of an operation's answer for one status key (`200`, `"4XX"`, `"default"`). */
export type ResponseOf<Op, Status> = Op extends { responses: infer R }
  ? Status extends keyof R
    ? ContentOf<R[Status]>
    : unknown
  : unknown;

/** The status of an operation's success answer, as the model defines it: 200, else the first 2xx. */
export type OkStatusOf<Op> = OkKey<keyof ResponsesOf<Op>>;

// The success statuses in the order the model sorts them (`scripts/model/read-operation.ts`),
// spelled out rather than recursed over, so that TypeScript keeps answers' literal types
// (`success: true`) when it checks a value against the answer of a generic operation.
type OkKey<K> = 200 extends K
  ? 200
  : 201 extends K
    ? 201
    : 202 extends K
      ? 202
      : 203 extends K
        ? 203
        : 204 extends K
          ? 204
          : 205 extends K
            ? 205
            : 206 extends K
              ? 206
              : 207 extends K
                ? 207
                : 208 extends K
                  ? 208
                  : 226 extends K
                    ? 226
                    : "2XX" extends K
                      ? "2XX"
                      : never;

/**
 * The JSON body of an operation's success answer (`OkStatusOf`): the whole envelope, or the bare
 * body; `never` when that answer has no JSON content.
 */
export type AnswerOf<Op> = Op extends { responses: infer R }
  ? JsonBody<R[OkKey<keyof R> & keyof R]>
  : never;
