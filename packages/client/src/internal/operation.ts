import type { PaginationKind } from "../pagination.js";

/**
 * One operation as the generated table writes it: `[method, path template, flags]`. Flags are
 * letters: `b` the operation takes a JSON body, `p` page-based list, `c` cursor-based list,
 * `e` the answer is a bare body, not an envelope.
 */
export type Descriptor = readonly [method: string, path: string, flags?: string];

/** Operations grouped the way the generated resource tree nests them. */
export interface DescriptorTree {
  readonly [name: string]: Descriptor | DescriptorTree;
}

/** The path parameters that default from the client options instead of being positional. */
export const SCOPE_PARAMS: Readonly<Record<string, "accountId" | "zoneId">> = {
  account_id: "accountId",
  zone_id: "zoneId",
};

/** A descriptor prepared for calls: the path split once, the positional parameters named. */
export interface Operation {
  /** Dotted name in the resource tree, e.g. `policies.default.excludes.update`. */
  readonly name: string;
  readonly method: string;
  readonly path: string;
  /** Literal path pieces at even indexes, parameter names at odd ones. */
  readonly segments: readonly string[];
  /** Path parameters taken as positional arguments, in path order. */
  readonly positional: readonly string[];
  readonly body: boolean;
  readonly pagination: PaginationKind | undefined;
  readonly envelope: boolean;
}

/** Prepares a descriptor of the generated table for calls. */
export function prepareOperation(name: string, [method, path, flags = ""]: Descriptor): Operation {
  const segments = path.split(/\{([^{}]+)\}/);
  const positional = segments.filter((s, i) => i % 2 === 1 && !(s in SCOPE_PARAMS));
  return {
    name,
    method,
    path,
    segments,
    positional,
    body: flags.includes("b"),
    pagination: flags.includes("p") ? "page" : flags.includes("c") ? "cursor" : undefined,
    envelope: !flags.includes("e"),
  };
}
