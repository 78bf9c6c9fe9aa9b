import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { checkForeignSpec } from "../bench/foreign-typecheck.js";
import type { OpenApiDocument } from "../model/document.js";
import { GENERATOR_NAMES, generatePackages } from "./generate-packages.js";

const repo = join(import.meta.dirname, "../..");
// biome-ignore lint/suspicious/noExplicitAny: the test adds examples to the fixture loosely.
type Json = Record<string, any>;

/** The foreign fixture, with the examples the mocks' examples mode needs on its JSON answers. */
function foreignSpec(result: unknown[] = []): OpenApiDocument {
  const doc = parse(
    readFileSync(join(repo, "spec/fixtures/foreign/openapi-3.0.yaml"), "utf8"),
  ) as Json;
  for (const item of Object.values(doc.paths as Json))
    for (const op of Object.values(item as Json)) {
      const media = (op as Json).responses?.["200"]?.content?.["application/json"];
      if (media) media.example = { success: true, result };
    }
  return doc as OpenApiDocument;
}

describe("every generator on a foreign spec", () => {
  it("keeps its HEAD operation in every package", async () => {
    const results = await generatePackages(GENERATOR_NAMES, foreignSpec());
    const text = (name: string) =>
      (results.find((r) => r.name === name)?.files ?? []).map((f) => f.contents).join("\n");
    expect(results.map((r) => r.name)).toEqual(GENERATOR_NAMES);
    expect(text("types")).toContain("export type FleetDevicesDeviceExistsParams =");
    expect(text("client")).toContain("fleetDevicesDeviceExists");
    expect(results.find((r) => r.name === "validators")?.files.map((f) => f.path)).toContain(
      "packages/validators/src/operations/fleet-devices-device-exists.gen.ts",
    );
    expect(text("mocks")).toContain('fleetDevicesDeviceExists: { "fields": "array:integer" },');
    expect(text("mocks")).toContain("fleetDevicesDeviceExists: http.head(");
    expect(text("cli")).toContain('"operationId": "fleetDevicesDeviceExists"');
    expect(text("types")).toContain(
      'fleetDevicesDeviceExists: ["fleetDevices.deviceExists", "HEAD", "/accounts/{account_id}/fleet-devices/{device_id}"',
    );
  }, 60_000);

  it("carries a $ref written in an example as the example's data", async () => {
    const device = { id: "d1", schema: { $ref: "#/definitions/Device" } };
    const results = await generatePackages(GENERATOR_NAMES, foreignSpec([device]));
    const mocks = (results.find((r) => r.name === "mocks")?.files ?? []).map((f) => f.contents);
    expect(mocks.join("\n")).toContain('"schema":{"$ref":"#/definitions/Device"}');
  }, 60_000);

  it.each(["keywords-and-shapes", "odd-paths"])(
    "generates every package from %s, and they type-check together",
    (name) => {
      const work = mkdtempSync(join(tmpdir(), "zt-foreign-spec-"));
      try {
        const spec = join(work, "spec.json");
        const doc = parse(readFileSync(join(repo, `spec/fixtures/foreign/${name}.yaml`), "utf8"));
        writeFileSync(spec, JSON.stringify(doc));
        const checked = checkForeignSpec(spec, GENERATOR_NAMES);
        expect(checked.output).toBe("");
        expect(checked.ok).toBe(true);
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    },
    120_000,
  );
});
