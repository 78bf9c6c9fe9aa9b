import { isObject, type Json, type OpenApiDocument, pathItems, SpecError } from "./document.js";
import { HTTP_METHODS } from "./http-methods.js";
import type { Model } from "./model.js";
import { normalizeSpec } from "./normalize-spec.js";
import type { Operation } from "./operation.js";
import { readOperation } from "./read-operation.js";
import { refuseDanglingRefs } from "./refuse-dangling-refs.js";
import { resolve } from "./resolve-ref.js";
import { findPlacementClash } from "./resource-placement.js";

/**
 * Reads an OpenAPI 3.0 or 3.1 document, the project's bundled spec or anyone's, into the one model
 * every generator consumes: normalised first (`normalizeSpec`: identifiers, 3.1 keywords,
 * placement), then every operation read once. Refuses what cannot be generated with a `SpecError`
 * naming its JSON pointer, as two operations that claim one place in the resource tree.
 */
export function readModel(input: OpenApiDocument): Model {
  refuseDanglingRefs(input);
  const document = normalizeSpec(input);
  const operations: Operation[] = [];
  for (const [path, rawItem] of pathItems(document)) {
    const item = resolve(document, rawItem);
    for (const method of HTTP_METHODS) {
      if (item[method] === undefined) continue;
      operations.push(readOperation(document, path, method, item, resolve(document, item[method])));
    }
  }
  refuseClashes(operations);
  const schemas = isObject(document.components?.schemas) ? document.components.schemas : {};
  const tags = (Array.isArray(document.tags) ? document.tags : []).filter(isObject);
  const url = (Array.isArray(document.servers) ? document.servers : [])[0]?.url;
  return {
    operations,
    schemas: new Map(Object.entries(schemas as Record<string, Json>)),
    tags: new Map(
      tags.map((t) => [
        String(t.name),
        typeof t.description === "string" ? t.description : String(t.name),
      ]),
    ),
    baseUrl: typeof url === "string" ? url.replace(/\/+$/, "") : undefined,
    document,
  };
}

// Two operations at one place would be one client method, one command, one mock behaviour.
function refuseClashes(operations: readonly Operation[]): void {
  const clash = findPlacementClash(operations.map((op) => ({ ...op, operationId: op.id })));
  if (!clash) return;
  const [place, first, second] = clash;
  const [one, two] = [first, second].map((id) => operations.find((op) => op.id === id)?.pointer);
  throw new SpecError(`${two}: ${place} is claimed by both ${first} (${one}) and ${second}`);
}

/** A model as it is, or a document read into one (tests hand generators either). */
export function modelOf(input: Model | object): Model {
  const model = input as Partial<Model>;
  return Array.isArray(model.operations) && model.document !== undefined
    ? (input as Model)
    : readModel(input as OpenApiDocument);
}
