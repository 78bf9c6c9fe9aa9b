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

/** A string schema, for operation specs. */
export const str = { type: "string" };
/** A 200 answer of a JSON string. */
export const ok = {
  "200": { description: "OK.", content: { "application/json": { schema: str } } },
};

/** A spec with the given operations under /things/{id}, and a path-level `id` parameter. */
export function doc(
  operations: Record<string, unknown>,
  path = "/things/{id}",
  schemas: Record<string, unknown> = {},
) {
  const id = {
    name: path.includes("{thing_id}") ? "thing_id" : "id",
    in: "path",
    required: true,
    schema: str,
  };
  return {
    openapi: "3.1.0",
    info: { title: "Things", version: "1.0.0" },
    paths: { [path]: { parameters: [id], ...operations } },
    components: { schemas },
  };
}
/** A `getThing` GET, with `extra` fields. */
export const get = (extra: Record<string, unknown> = {}) => ({
  get: { operationId: "getThing", responses: ok, ...extra },
});
/** A string query parameter. */
export const query = (name: string, required = false) => ({
  name,
  in: "query",
  required,
  schema: str,
});
/** A string request body in each of `types`. */
export const body = (required: boolean, types = ["application/json"]) => ({
  required,
  content: Object.fromEntries(types.map((t) => [t, { schema: str }])),
});

/** An object schema with `properties`, `required` listing those that must be there. */
export const obj = (properties: Record<string, unknown>, required: string[] = []) => ({
  type: "object",
  required,
  properties,
});
