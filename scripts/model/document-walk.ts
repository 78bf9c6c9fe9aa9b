/**
 * Which parts of an OpenAPI document are its structure and which are values it carries as data, for
 * the walks that visit every node (the `$ref` check, the 3.0 rewrite). An example, a default, an
 * enum or an extension may hold anything, a `$ref` or a `nullable` key included: that is the API's
 * data, not a reference to follow or a keyword to rewrite.
 */

/** Keywords whose value is data wherever they are keywords (not names in a map). */
const DATA_KEYWORDS = new Set(["example", "default", "const", "enum", "value", "externalValue"]);

/**
 * Keywords whose value, when an object, is a map of names: its keys name properties, paths,
 * responses, media types and the like, so that a property called `example` is still a schema.
 */
const NAME_MAPS = new Set([
  "properties",
  "patternProperties",
  "dependentSchemas",
  "$defs",
  "definitions",
  "paths",
  "webhooks",
  "schemas",
  "responses",
  "parameters",
  "examples",
  "requestBodies",
  "headers",
  "securitySchemes",
  "links",
  "callbacks",
  "pathItems",
  "content",
  "encoding",
  "variables",
]);

/**
 * The maps of names that OpenAPI lets carry extensions (`x-...` keys) beside the names: the
 * Paths object (and each Callback object, below). An operation's Responses object may too, but
 * `responses` also names the components' map, whose names may start with `x-`: it stays a map.
 */
const EXTENSIBLE_MAPS = new Set(["paths"]);

/**
 * Where a walk is: in an object whose keys are keywords, names (of a map; `extensible` when the
 * map may hold extensions too), or the names of callbacks, each a map of expressions.
 */
export type Place = "keywords" | "names" | "extensible" | "callback";

/**
 * How a walk treats `value`, found at `key` of an object at `place`: `"data"` to leave it as it is,
 * else the place of its own keys. An array's items are keyword objects, as an array of schemas or
 * of parameters; `examples` as an array (a schema's) is data.
 */
export function placeOf(place: Place, key: string, value: unknown): Place | "data" {
  if (place === "callback") return "extensible";
  if (place === "extensible" && key.startsWith("x-")) return "data";
  if (place === "names" || place === "extensible") return "keywords";
  if (key.startsWith("x-") || DATA_KEYWORDS.has(key)) return "data";
  if (key === "examples" && Array.isArray(value)) return "data";
  if (Array.isArray(value)) return "keywords";
  if (key === "callbacks") return "callback";
  if (EXTENSIBLE_MAPS.has(key)) return "extensible";
  return NAME_MAPS.has(key) ? "names" : "keywords";
}
