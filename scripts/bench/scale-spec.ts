import type { OpenApiDocument } from "../model/document.js";

/**
 * Makes a spec `factor` times the size of the given one: every path, operation and component schema
 * copied with a numbered suffix (`/accounts/{account_id}/devices/posture` -> `.../posture-2`,
 * `listPostureRules` -> `listPostureRules2`, `DevicePostureRule` -> `DevicePostureRule2`) and every
 * `$ref` in a copy pointing into the same copy. Copy 1 is the original.
 */
export function scaleSpec(spec: OpenApiDocument, factor: number): OpenApiDocument {
  const paths: OpenApiDocument["paths"] = {};
  const schemas: Record<string, unknown> = {};
  const original = spec.components?.schemas ?? {};
  for (let copy = 1; copy <= factor; copy++) {
    const suffix = copy === 1 ? "" : String(copy);
    const rename = (value: unknown): unknown => renameCopy(value, suffix);
    for (const [path, item] of Object.entries(spec.paths)) {
      paths[copy === 1 ? path : `${path.replace(/\/$/, "")}-${copy}`] = rename(item) as Record<
        string,
        unknown
      >;
    }
    for (const [name, schema] of Object.entries(original))
      schemas[`${name}${suffix}`] = rename(schema);
  }
  return { ...spec, paths, components: { ...spec.components, schemas } };
}

function renameCopy(value: unknown, suffix: string): unknown {
  if (suffix === "") return value;
  if (Array.isArray(value)) return value.map((v) => renameCopy(v, suffix));
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if (key === "$ref" && typeof child === "string" && child.startsWith("#/components/schemas/")) {
      out[key] = `${child}${suffix}`;
    } else if (key === "operationId" && typeof child === "string") {
      out[key] = `${child}${suffix}`;
    } else if (key === "mapping" && child && typeof child === "object") {
      out[key] = Object.fromEntries(Object.entries(child).map(([k, v]) => [k, `${v}${suffix}`]));
    } else if (key === "x-resource" && typeof child === "string") {
      out[key] = `${child}${suffix}`;
    } else if (key === "example" || key === "examples") {
      out[key] = child;
    } else {
      out[key] = renameCopy(child, suffix);
    }
  }
  return out;
}
