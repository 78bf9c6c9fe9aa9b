import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { HTTP_METHODS } from "../model/http-methods.js";
import { bundleSpec } from "./bundle-spec.js";
import { diffSpecs } from "./diff-specs.js";
import { childPointer } from "./located.js";

type Doc = {
  paths: Record<string, Record<string, { operationId?: string }>>;
  components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
};

let spec: Doc;
beforeAll(async () => {
  const dir = fileURLToPath(new URL("../../spec/", import.meta.url));
  spec = (await bundleSpec(dir, "spec/openapi.yaml")) as Doc;
}, 30_000);

const METHODS = new Set<string>(HTTP_METHODS);

describe("diffSpecs on the project's spec", { timeout: 60_000 }, () => {
  it("finds nothing between the spec and a copy of it", () => {
    expect(diffSpecs(spec, structuredClone(spec))).toEqual([]);
  });

  it("reports the removal of any operation as that one breaking change", () => {
    // Every third operation keeps this fast while covering every resource file.
    const ops = Object.entries(spec.paths).flatMap(([path, item]) =>
      Object.keys(item)
        .filter((m) => METHODS.has(m))
        .map((method) => ({ path, method })),
    );
    expect(ops.length).toBeGreaterThan(0);
    for (const { path, method } of ops.filter((_, i) => i % 3 === 0)) {
      const after = structuredClone(spec);
      delete after.paths[path]?.[method];
      const changes = diffSpecs(spec, after).map((c) => [c.class, c.kind, c.pointer]);
      expect(changes).toEqual([
        ["breaking", "operation-removed", childPointer("/paths", path, method)],
      ]);
    }
  });

  it("reports the removal of a property of any component schema as breaking", () => {
    // The first property of every third schema keeps this fast.
    const targets = Object.entries(spec.components.schemas).flatMap(([name, schema]) => {
      const [property] = Object.keys(schema.properties ?? {});
      return property === undefined ? [] : [{ name, property }];
    });
    expect(targets.length).toBeGreaterThan(0);
    for (const { name, property } of targets.filter((_, i) => i % 3 === 0)) {
      const after = structuredClone(spec);
      delete after.components.schemas[name]?.properties?.[property];
      const pointer = childPointer("/components/schemas", name, "properties", property);
      const removed = diffSpecs(spec, after).filter((c) => c.pointer === pointer);
      expect(removed.map((c) => [c.class, c.kind])).toEqual([["breaking", "property-removed"]]);
    }
  });
});
