import type { Direction } from "./change.js";

/** Where `schemaDoc` puts the schema under test, as a pointer prefix for expectations. */
export const SCHEMA_POINTER = {
  request: "/paths/~1things/post/requestBody/content/application~1json/schema",
  response: "/paths/~1things/post/responses/200/content/application~1json/schema",
} as const;

/**
 * A one-operation spec that uses `schema` on one side only, so a schema change can be checked
 * in each direction separately. `schemas` become components for `$ref`s.
 */
export function schemaDoc(
  direction: Exclude<Direction, "both">,
  schema: unknown,
  schemas: Record<string, unknown> = {},
): unknown {
  const content = { "application/json": { schema } };
  const operation =
    direction === "request"
      ? {
          operationId: "createThing",
          requestBody: { content },
          responses: { "204": { description: "Done." } },
        }
      : { operationId: "createThing", responses: { "200": { description: "Done.", content } } };
  return {
    openapi: "3.1.0",
    info: { title: "Things", version: "1.0.0" },
    paths: { "/things": { post: operation } },
    components: { schemas },
  };
}
