import { derivePlacements, type PlacementSource } from "./derive-placement.js";
import { isObject, type Json, type OpenApiDocument, pathItems, SpecError } from "./document.js";
import { type Place, placeOf } from "./document-walk.js";
import { HTTP_METHODS } from "./http-methods.js";
import { renameAll } from "./identifier-of.js";
import { childPointer, escapeToken } from "./json-pointer.js";
import { upgradeSchema } from "./upgrade-schema.js";

export { SpecError };

interface Found extends PlacementSource {
  pointer: string;
  method: string;
}

/**
 * Any valid OpenAPI 3.0 or 3.1 document in the form every generator reads: component schema names
 * and operationIds that are identifiers (renamed by `identifierOf`, `$ref`s and discriminator
 * mappings following), 3.0's `nullable` and boolean exclusive limits in 3.1's spelling, and
 * `x-resource`/`x-method` on every operation (derived where the spec has none: its own win).
 * A document that needs none of it, as the project's own spec, is returned as it is.
 */
export function normalizeSpec(doc: OpenApiDocument): OpenApiDocument {
  const version = (doc as Json).openapi;
  if (typeof version !== "string" || !/^3\.[01]\./.test(version))
    throw new SpecError(
      `/openapi: the generators take OpenAPI 3.0 and 3.1; got ${JSON.stringify(version)}`,
    );
  if (doc.paths !== undefined && !isObject(doc.paths))
    throw new SpecError("/paths: must be an object of path items");
  const ops = operationsIn(doc);
  const ids = renameAll(ops.map((op) => op.operationId));
  const schemaNames = Object.keys(isObject(doc.components?.schemas) ? doc.components.schemas : {});
  const names = renameAll(schemaNames);
  const placements = derivePlacements(ops);
  const renamed = [...names].some(([a, b]) => a !== b) || [...ids].some(([a, b]) => a !== b);
  const legacy = version.startsWith("3.0.");
  if (!renamed && !legacy && placements.size === 0) return doc;

  const refs = new Map(
    [...names]
      .filter(([a, b]) => a !== b)
      .map(([a, b]) => [
        `#/components/schemas/${escapeToken(a)}`,
        `#/components/schemas/${escapeToken(b)}`,
      ]),
  );
  const out = rewrite(doc, refs, legacy, "keywords") as OpenApiDocument;
  const schemas = out.components?.schemas;
  if (isObject(schemas) && out.components)
    out.components.schemas = Object.fromEntries(
      Object.entries(schemas).map(([name, schema]) => [names.get(name) ?? name, schema]),
    );
  for (const op of ops) {
    const target = (out.paths as Record<string, Json>)[op.path]?.[op.method] as Json;
    target.operationId = ids.get(op.operationId);
    const placement = placements.get(op.operationId);
    if (placement) {
      target["x-resource"] = placement.resource;
      target["x-method"] = placement.method;
    }
  }
  return out;
}

// Every operation, in document order, with its operationId (`<method> <path>` where it has none).
function operationsIn(doc: OpenApiDocument): Found[] {
  const found: Found[] = [];
  const seen = new Map<string, string>();
  for (const [path, item] of pathItems(doc)) {
    if (!isObject(item))
      throw new SpecError(`${childPointer("/paths", path)}: must be a path item object`);
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (operation === undefined) continue;
      const pointer = childPointer("/paths", path, method);
      if (!isObject(operation)) throw new SpecError(`${pointer}: must be an operation object`);
      const own = operation.operationId;
      if (own !== undefined && (typeof own !== "string" || own === ""))
        throw new SpecError(`${pointer}/operationId: must be a non-empty string`);
      const operationId = own ?? `${method} ${path}`;
      const other = seen.get(operationId);
      if (other)
        throw new SpecError(
          `${pointer}/operationId: "${operationId}" is also the operationId of ${other}`,
        );
      seen.set(operationId, pointer);
      found.push({ operationId, path, method, pointer, operation });
    }
  }
  return found;
}

// A copy of the document with renamed schemas' `$ref`s (and mappings) and, for 3.0, 3.1 keywords.
// Values carried as data (examples, defaults, extensions) are kept as they are.
function rewrite(node: unknown, refs: Map<string, string>, legacy: boolean, place: Place): unknown {
  if (Array.isArray(node)) return node.map((item) => rewrite(item, refs, legacy, "keywords"));
  if (!isObject(node)) return node;
  const keywords = place === "keywords";
  const source = legacy && keywords ? upgradeSchema(node) : node;
  const out: Json = {};
  for (const [key, value] of Object.entries(source)) {
    if (key === "$ref" && typeof value === "string") out[key] = renameRef(value, refs);
    else if (keywords && key === "discriminator" && isObject(value) && isObject(value.mapping)) {
      const mapping = Object.entries(value.mapping).map(([k, v]) => [
        k,
        typeof v === "string" ? renameRef(v, refs) : v,
      ]);
      out[key] = { ...value, mapping: Object.fromEntries(mapping) };
    } else {
      const inner = placeOf(place, key, value);
      out[key] = inner === "data" ? value : rewrite(value, refs, legacy, inner);
    }
  }
  return out;
}

// A mapping may name a schema bare (`aaa_account-id`) where a `$ref` points at it.
function renameRef(ref: string, refs: Map<string, string>): string {
  if (refs.size === 0) return ref;
  if (!ref.startsWith("#/")) {
    const bare = refs.get(`#/components/schemas/${escapeToken(ref)}`);
    return bare === undefined ? ref : bare.slice("#/components/schemas/".length);
  }
  if (!ref.startsWith("#/components/schemas/")) return ref;
  const end = ref.indexOf("/", "#/components/schemas/".length);
  const head = end < 0 ? ref : ref.slice(0, end);
  const renamed = refs.get(head);
  return renamed === undefined ? ref : renamed + (end < 0 ? "" : ref.slice(end));
}
