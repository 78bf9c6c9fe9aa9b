import { isObject, type Json, type OpenApiDocument, pathItems } from "../../model/document.js";

/** Drops `example` and `examples` from each media type object of a `content` map. */
function dropFromContent(holder: unknown): void {
  if (!isObject(holder) || !isObject(holder.content)) return;
  for (const media of Object.values(holder.content)) {
    if (!isObject(media)) continue;
    delete media.example;
    delete media.examples;
  }
}

function dropFromOperation(operation: unknown): void {
  if (!isObject(operation)) return;
  dropFromContent(operation.requestBody);
  for (const response of Object.values(isObject(operation.responses) ? operation.responses : {}))
    dropFromContent(response);
  for (const parameter of Array.isArray(operation.parameters) ? operation.parameters : [])
    dropFromContent(parameter);
}

/**
 * A copy of `spec` as openapi-typescript is given it:
 * - without the examples of its request and response bodies (media type objects' `example` and
 *   `examples`). openapi-typescript writes each one into the types as a multi-line `@example` of a
 *   whole envelope: in the Devices spec, 102 of them made 40% of the published declarations, for
 *   placeholder data the API reference already shows. Schemas, descriptions and schema-level
 *   examples are kept as they are;
 * - without the Paths object's extensions (`x-...` keys), which it would read as paths.
 */
export function typesInput(spec: OpenApiDocument): OpenApiDocument {
  const copy = structuredClone(spec);
  const items = pathItems(copy);
  copy.paths = Object.fromEntries(items) as OpenApiDocument["paths"];
  for (const [, item] of items) {
    if (!isObject(item)) continue;
    for (const parameter of Array.isArray(item.parameters) ? item.parameters : [])
      dropFromContent(parameter);
    for (const operation of Object.values(item)) dropFromOperation(operation);
  }
  const components = isObject(copy.components) ? (copy.components as Json) : {};
  for (const kind of ["responses", "requestBodies", "parameters"]) {
    const map = components[kind];
    if (isObject(map)) for (const holder of Object.values(map)) dropFromContent(holder);
  }
  return copy;
}
