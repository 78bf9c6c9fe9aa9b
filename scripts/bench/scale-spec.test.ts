import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { OpenApiDocument } from "../model/document.js";
import { readModel } from "../model/read-model.js";
import { scaleSpec } from "./scale-spec.js";

const spec = JSON.parse(
  readFileSync(join(import.meta.dirname, "../../spec/dist/openapi.json"), "utf8"),
) as OpenApiDocument;

describe("scaleSpec", () => {
  it.each([1, 5, 20])("makes %i copies with unique operationIds and resolvable refs", (factor) => {
    const scaled = scaleSpec(spec, factor);
    const ids = readModel(scaled).operations.map((o) => o.id);
    expect(ids).toHaveLength(74 * factor);
    expect(new Set(ids).size).toBe(ids.length);
    const names = new Set(Object.keys(scaled.components?.schemas ?? {}));
    const refs = JSON.stringify(scaled).match(/"#\/components\/schemas\/[^"]+"/g) ?? [];
    for (const ref of new Set(refs)) expect(names.has(ref.slice(22, -1))).toBe(true);
  });
});
