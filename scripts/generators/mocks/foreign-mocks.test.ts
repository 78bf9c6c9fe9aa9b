import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { checkForeignSpec } from "../../bench/foreign-typecheck.js";
import type { OpenApiDocument } from "../../model/document.js";
import { readModel } from "../../model/read-model.js";
import { emitMocksHandlers } from "./emit-mocks-handlers.js";

const repo = join(import.meta.dirname, "../../..");
const FIXTURES = [
  "spec/fixtures/foreign/openapi-3.0.yaml",
  "spec/fixtures/foreign/mock-examples.yaml",
  "spec/fixtures/foreign/object-unions.yaml",
];
const read = (path: string) => parse(readFileSync(join(repo, path), "utf8")) as OpenApiDocument;

/** The emitted examples, one line per operation, by operationId. */
function examplesOf(spec: OpenApiDocument): Record<string, string> {
  const text = emitMocksHandlers(readModel(spec)).files[1]?.contents ?? "";
  const lines = [...text.matchAll(/^ {2}(\w+): (.*),$/gm)];
  return Object.fromEntries(lines.map(([, id, value]) => [id, value as string]));
}

describe("the mocks of a foreign spec", () => {
  it("answer a HEAD, a 204, an OPTIONS and a file download without a body, not null", () => {
    const head = examplesOf(read(FIXTURES[0] as string));
    expect(head.fleetDevicesDeviceExists).toBe("undefined");
    const examples = examplesOf(read(FIXTURES[1] as string));
    expect(examples.gatewaysDelete).toBe("undefined");
    expect(examples.gatewaysOptions).toBe("undefined");
    expect(examples.gatewaysReport).toBe("undefined");
  });

  it("build the examples the spec does not document, for any success status", () => {
    const examples = examplesOf(read(FIXTURES[1] as string));
    expect(JSON.parse(examples.gatewaysCreate as string)).toEqual({
      id: "699d98642c564d2e855e9661899b7252",
      created_on: "2024-01-01T00:00:00Z",
      kind: "proxy",
      port: 1,
      ratio: -0.5,
      owner_email: "user@example.com",
      tags: ["stringxx", "stringxx"],
      location: { lat: 0, lon: 0 },
      note: "str",
      mode: "strict",
    });
    expect(JSON.parse(examples.gatewaysTree as string)).toEqual({ name: "string", children: [] });
    const list = JSON.parse(examples.gatewaysList as string);
    expect(list).toMatchObject({ success: true, errors: [], messages: [] });
    expect(list.result).toHaveLength(1);
  });

  it("say so in the examples' comment only when some are built", () => {
    const text = emitMocksHandlers(readModel(read(FIXTURES[1] as string))).files[1]?.contents;
    expect(text).toContain("documented or built (decisions/mock-examples.md)");
  });

  it("refuse a TRACE operation, which msw cannot serve, naming its pointer", () => {
    const spec = read(FIXTURES[1] as string);
    const item = spec.paths["/accounts/{account_id}/gateways/{gateway_id}"] as Record<
      string,
      unknown
    >;
    item.trace = { operationId: "gateways-trace", responses: { "200": { description: "Echo." } } };
    expect(() => emitMocksHandlers(readModel(spec))).toThrow(
      "/paths/~1accounts~1{account_id}~1gateways~1{gateway_id}/trace: msw has no handler for TRACE, so the mocks cannot serve gatewaysTrace",
    );
  });

  it.each(FIXTURES)(
    "of %s type-check against its generated types",
    (fixture) => {
      const work = mkdtempSync(join(tmpdir(), "zt-foreign-mocks-"));
      try {
        const spec = join(work, "spec.json");
        writeFileSync(spec, JSON.stringify(read(fixture)));
        const checked = checkForeignSpec(spec, ["types", "mocks"]);
        expect(checked.output).toBe("");
        expect(checked.ok).toBe(true);
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    },
    120_000,
  );
});
