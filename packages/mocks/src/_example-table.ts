import type { ExampleTable } from "./_route.js";

/** A JSON value, as an example is written in a spec. */
export type JsonValue =
  | null
  | boolean
  | number
  | string
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue };

/** The example answer of every operation as the JSON it is: one entry per operationId. */
export type ExampleValues<Operations> = {
  readonly [Id in keyof Operations]: JsonValue | undefined;
};

/**
 * Gives the generated example table (`examples.gen.ts`) each operation's answer type. TypeScript
 * checks only that every operation has an example and that each is JSON: that an example has its
 * answer's type is not asked of it, because openapi-typescript cannot type every schema (an object
 * combined with `anyOf` becomes `Record<string, never> & ...`, which no value has) and proving it
 * for a whole spec's unions takes minutes. The examples are the spec's, or built from its schemas;
 * their tests check them against those schemas (decisions/mock-examples.md).
 */
export function exampleTable<Operations>(
  values: ExampleValues<Operations>,
): ExampleTable<Operations> {
  return values as unknown as ExampleTable<Operations>;
}
