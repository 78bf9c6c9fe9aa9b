// Types of an operation's request and responses, read from an openapi-typescript `operations` entry.

/** No parameters of that kind. */
export type Empty = Record<string, never>;

type ParametersOf<Op> = Op extends { parameters: infer P } ? P : never;
type Defined<T, Empty> = [NonNullable<T>] extends [never] ? Empty : NonNullable<T>;
type ContentOf<T> = T extends { content: infer C } ? C[keyof C] : undefined;

/** The path parameters of an operation, `Empty` when it has none. */
export type PathOf<Op> = ParametersOf<Op> extends { path?: infer P } ? Defined<P, Empty> : Empty;

/** The query of an operation, `Empty` when it has none. */
export type QueryOf<Op> = ParametersOf<Op> extends { query?: infer Q } ? Defined<Q, Empty> : Empty;

/** The JSON body of an operation's request; `undefined` when it has none or it may be left out. */
export type BodyOf<Op> = Op extends { requestBody: infer B }
  ? Defined<ContentOf<B>, undefined>
  : Op extends { requestBody?: infer B }
    ? Defined<ContentOf<B>, undefined> | undefined
    : undefined;

/** The parts of a request the request validator checks, as it returns them when they are valid. */
export interface RequestOf<Op> {
  readonly params: PathOf<Op>;
  readonly query: QueryOf<Op>;
  readonly body: BodyOf<Op>;
}

/** The JSON body of an operation's response for one status key (`200`, `"4XX"`, `"default"`). */
export type ResponseOf<Op, Status> = Op extends { responses: infer R }
  ? Status extends keyof R
    ? ContentOf<R[Status]>
    : unknown
  : unknown;
