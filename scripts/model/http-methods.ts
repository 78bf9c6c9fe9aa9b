/**
 * The HTTP methods an OpenAPI path item may hold: the one list every generator reads operations
 * by. The order is the order operations of one path are read in (and so appear where the output
 * keeps document order): the five the project's spec uses as its generators always listed them,
 * then the three it does not.
 */
export const HTTP_METHODS = [
  "get",
  "put",
  "post",
  "patch",
  "delete",
  "head",
  "options",
  "trace",
] as const;

/** One of `HTTP_METHODS`, in lower case as a path item spells it. */
export type HttpMethod = (typeof HTTP_METHODS)[number];
