import { ApiFailure, badRequest, codes } from "./_failure.js";

/** The largest body the API accepts: 1 MiB. */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * How deep a body may nest objects and arrays (the body itself is level 1). The API documents no
 * limit; every body it takes is under 8 levels, and a bound keeps one request from storing
 * something no later answer can serialise (decisions/mock-errors.md).
 */
export const MAX_BODY_DEPTH = 32;

/** Bytes of a string in UTF-8, counted only when it could be near the limit. */
function exceedsSize(body: string): boolean {
  if (body.length * 3 <= MAX_BODY_BYTES) return false;
  return new TextEncoder().encode(body).length > MAX_BODY_BYTES;
}

/** The 413 for a body over 1 MiB. */
export function tooLarge(): ApiFailure {
  return new ApiFailure(413, [
    { code: codes.tooLarge, message: "Request body is larger than 1 MiB" },
  ]);
}

// Counts brackets outside strings: linear, no recursion, and done before JSON.parse builds
// anything, so a body of 100,000 nested arrays costs no more than its bytes.
function deeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > limit) return true;
    } else if (c === 125 || c === 93) depth--;
  }
  return false;
}

/**
 * Parses a request body within the mock's limits: 413 over 1 MiB, 400 for JSON that does not
 * parse or that nests deeper than `MAX_BODY_DEPTH`; `undefined` when there is no body.
 */
export function parseBody(raw: string | undefined): unknown {
  if (raw === undefined || raw === "") return undefined;
  if (exceedsSize(raw)) throw tooLarge();
  if (deeperThan(raw, MAX_BODY_DEPTH)) {
    throw badRequest(
      `/body is nested deeper than ${MAX_BODY_DEPTH} levels, the limit of the mock`,
      codes.invalidRequest,
    );
  }
  try {
    return JSON.parse(raw);
  } catch (error) {
    throw badRequest(
      `Malformed JSON in request body: ${(error as Error).message}`,
      codes.malformedJson,
    );
  }
}
