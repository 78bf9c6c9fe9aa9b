import { childPointer } from "../model/json-pointer.js";

/**
 * An operation a package cannot serve (a request body that is not JSON, for the client and the
 * CLI), left out of it rather than failing the whole spec; the generated file names each one.
 */
export class LeftOut extends Error {
  constructor(
    readonly pointer: string,
    readonly reason: string,
  ) {
    super(`${pointer}: ${reason}`);
  }
}

/** The pointer of an operation's request body, `/paths/~1a~1{b}/post/requestBody`. */
export function requestBodyPointer(path: string, method: string): string {
  return childPointer("/paths", path, method.toLowerCase(), "requestBody");
}

/** The comment lines a generated file opens with when operations were left out of it. */
export function leftOutComment(list: readonly LeftOut[]): string[] {
  if (list.length === 0) return [];
  return [
    `// Left out: ${list.length} operation${list.length === 1 ? "" : "s"} this package cannot serve.`,
    ...list.map((l) => `// - ${l.message}`),
  ];
}
