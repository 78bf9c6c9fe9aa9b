import type { AnswerOf, BodyOf } from "@zt-devices/types";
import type { Coercion } from "@zt-devices/validators/coerce";

/** The HTTP methods a route can have: the OpenAPI methods msw serves (not TRACE). */
export type HttpMethod = "GET" | "PUT" | "POST" | "PATCH" | "DELETE" | "HEAD" | "OPTIONS";

/**
 * One operation as the mock routes and serves it (a row of `routes.gen.ts`): the shared
 * `operationTable`'s entry spelled out, with the query parameters' coercions.
 */
export interface Route {
  readonly method: HttpMethod;
  /** The path template, e.g. `/accounts/{account_id}/devices/posture/{rule_id}`. */
  readonly path: string;
  /** `x-resource`: the dotted resource group, e.g. `policies.custom.excludes`. */
  readonly resource: string;
  /** `x-method`: what the operation does to the resource (`list`, `get`, `set`, ...). */
  readonly action: string;
  /** False where the answer is the bare result, without the `{ success, result }` envelope. */
  readonly envelope: boolean;
  readonly pagination?: "page" | "cursor";
  readonly body?: "required" | "optional";
  /**
   * Every query parameter the operation declares, with the coercion of its wire value in the
   * validators' words (`integer`, `array:string`, ...): what `coerce` reads.
   */
  readonly query: Coercion;
}

type Lower<M extends HttpMethod> = Lowercase<M>;

// Whether the row `Row` serves exactly the operation `Op` in `paths`.
type ServesOperation<Paths, Row, Op> = Row extends {
  readonly path: infer P extends keyof Paths;
  readonly method: infer M extends HttpMethod;
}
  ? Lower<M> extends keyof Paths[P]
    ? [Paths[P][Lower<M>]] extends [Op]
      ? [Op] extends [Paths[P][Lower<M>]]
        ? true
        : false
      : false
    : false
  : false;

/**
 * The operationIds of a route table whose route is wrong: its path is not one of `paths`, that path
 * does not serve its method, or the two serve another operation; and the operations that have no
 * route. `never` when every operation has its own. One lookup per row, so cheap on any spec (a
 * check of every row against every path kept tsc busy for more than 5 minutes on Cloudflare's
 * 1,533 operations).
 */
export type MisplacedRoutes<Table, Paths, Operations> =
  | {
      [Id in keyof Table & keyof Operations]: ServesOperation<
        Paths,
        Table[Id],
        Operations[Id]
      > extends true
        ? never
        : Id;
    }[keyof Table & keyof Operations]
  | Exclude<keyof Operations, keyof Table>;

/**
 * Compiles only when `Ids` is `never`: the generated route table asks it of `MisplacedRoutes`, so
 * that a route the generated types do not serve fails to compile, naming its operationId.
 */
export type NoneOf<Ids extends never> = Ids;

/** The JSON body of an operation's success answer: 200, else the first 2xx (@zt-devices/types). */
export type SuccessBodyOf<Op> = AnswerOf<Op>;

/** The JSON request body of an operation; `undefined` when it takes none. */
export type RequestBodyOf<Op> = BodyOf<Op>;

/** The path parameters of an operation, as msw hands them over (strings). */
export type PathParamsOf<Op> = Op extends { parameters: { path: infer P } }
  ? { [K in keyof P & string]: string }
  : Record<string, never>;

/** Success statuses in the order the generators pick the first one (`op.ok` of the model). */
type SuccessStatuses = [200, 201, 202, 203, 204, 205, 206, 207, 208, 226, "2XX"];

/** The first success answer an operation declares, `never` without one. */
type FirstSuccessOf<Responses, Statuses> = Statuses extends [infer S, ...infer Rest]
  ? S extends keyof Responses
    ? Responses[S]
    : FirstSuccessOf<Responses, Rest>
  : never;

/** The JSON bodies of a `content` map: `application/json`, else any `*json*` media type. */
type JsonContentOf<Content> = "application/json" extends keyof Content
  ? Content["application/json"]
  : {
      [M in keyof Content]: M extends `${string}json${string}` ? Content[M] : never;
    }[keyof Content];

/**
 * The body of an operation's example: its first success answer's JSON body, `undefined` when that
 * answer has none (a 204, a HEAD, a file download) or the operation declares no success answer.
 */
export type ExampleOf<Op> = Op extends { responses: infer R }
  ? [FirstSuccessOf<R, SuccessStatuses>] extends [{ content: infer C }]
    ? [JsonContentOf<C>] extends [never]
      ? undefined
      : JsonContentOf<C>
    : undefined
  : undefined;

/** The example answer of every operation, documented or built, typed as that answer. */
export type ExampleTable<Operations> = {
  readonly [Id in keyof Operations]: ExampleOf<Operations[Id]>;
};
