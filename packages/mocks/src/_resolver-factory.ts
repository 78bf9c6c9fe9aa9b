import type { HttpResponseResolver } from "msw";
import type { PathParamsOf, RequestBodyOf, SuccessBodyOf } from "./_route.js";

// Kept apart from _route.ts so that the msw-free entry point's types never name msw.
/** Makes the msw resolver of one operation, typed from that operation. */
export type ResolverFactory<Operations> = <Id extends keyof Operations & string>(
  operationId: Id,
) => HttpResponseResolver<
  PathParamsOf<Operations[Id]>,
  // msw's body types only admit JSON-like values; a bare array body is one too.
  RequestBodyOf<Operations[Id]> & {},
  SuccessBodyOf<Operations[Id]> & {}
>;
