/**
 * One way a value fails its schema.
 *
 * @example
 * { pointer: "/input/operating_system", keyword: "enum",
 *   message: "/input/operating_system must be one of windows, linux, mac",
 *   path: ["input", "operating_system"] }
 */
export interface ValidationIssue {
  /** JSON Pointer (RFC 6901) to the offending value; `""` is the value itself. */
  readonly pointer: string;
  /** What is wrong, starting with the pointer (or `value` for the value itself). */
  readonly message: string;
  /** The JSON Schema keyword that failed (`required`, `enum`, `discriminator`, ...). */
  readonly keyword: string;
  /** The pointer as keys and array indexes, as Standard Schema reports it. */
  readonly path: readonly (string | number)[];
}

/**
 * What a reader of a request check needs of each issue: where (`/query/per_page`), what is wrong,
 * and the keyword that failed. The mock server and the CLI take issues as this, so a test or a
 * caller can hand them one without a `path`.
 *
 * @example
 * { pointer: "/query/per_page", keyword: "type", message: "/query/per_page must be an integer" }
 */
export type RequestIssue = Pick<ValidationIssue, "pointer" | "message" | "keyword">;
