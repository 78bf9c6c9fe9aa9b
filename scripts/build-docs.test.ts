import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { buildDocs, externalResources } from "./build-docs.js";
import { bundleSpec } from "./spec-diff/bundle-spec.js";

const out = mkdtempSync(join(tmpdir(), "build-docs-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const fixture = fileURLToPath(
  new URL("../spec/fixtures/spec-diff/minor-operation-added/after.yaml", import.meta.url),
);
const spec = fileURLToPath(new URL("../spec/openapi.yaml", import.meta.url));

/** operationId and summary of every operation under `paths`, in a document without path `$ref`s. */
function operations(doc: { paths: Record<string, Record<string, unknown>> }) {
  return Object.values(doc.paths).flatMap((item) =>
    Object.values(item).flatMap((op) =>
      typeof op === "object" && op !== null && "operationId" in op
        ? [op as { operationId: string; summary: string }]
        : [],
    ),
  );
}

describe("buildDocs", { timeout: 60_000 }, () => {
  it("renders every operation of a spec into a self-contained page", async () => {
    const output = join(out, "fixture", "index.html");
    await buildDocs({ input: fixture, output });
    const html = readFileSync(output, "utf8");
    // The server-rendered page ends where Redoc's inlined bundle and the spec's data begin.
    const end = html.indexOf('<script type="module">');
    expect(end).toBeGreaterThan(0);
    const rendered = html.slice(0, end);

    const ops = operations(parse(readFileSync(fixture, "utf8")));
    expect(ops.map((op) => op.operationId)).toEqual([
      "listDevices",
      "getDevice",
      "updateDevice",
      "deleteDevice",
    ]);
    for (const { operationId, summary } of ops) {
      expect(html).toContain(`"operationId":"${operationId}"`);
      expect(rendered).toContain(summary);
    }
    expect(externalResources(html)).toEqual([]);
  });

  it("renders every operation of the project's spec", async () => {
    const output = join(out, "spec", "index.html");
    await buildDocs({ input: spec, output });
    const html = readFileSync(output, "utf8");

    const bundled = (await bundleSpec(dirname(spec), "spec/openapi.yaml")) as Parameters<
      typeof operations
    >[0];
    const ids = operations(bundled).map((op) => op.operationId);
    expect(ids.length).toBeGreaterThan(0);
    const missing = ids.filter((id) => !html.includes(`"operationId":"${id}"`));
    expect(missing).toEqual([]);
    expect(externalResources(html)).toEqual([]);
  });

  it("names the missing input instead of failing inside Redocly", async () => {
    await expect(
      buildDocs({ input: join(out, "nope.json"), output: join(out, "x.html") }),
    ).rejects.toThrow(
      /nope\.json does not exist: run `pnpm --filter @zt-devices\/spec bundle` first/,
    );
  });
});

describe("externalResources", () => {
  it.each([
    {
      given: '<script src="https://cdn.redocly.com/redoc/v3/redoc.standalone.js"></script>',
      want: ["https://cdn.redocly.com/redoc/v3/redoc.standalone.js"],
    },
    {
      given: '<link rel="stylesheet" href="//fonts.example.com/a.css">',
      want: ["//fonts.example.com/a.css"],
    },
    {
      given:
        '<script>const a = "https://x";</script><link rel="icon" href="https://x/favicon.ico">',
      want: [],
    },
    {
      given: '<a href="https://redocly.com/redoc/">Redoc</a><script src="./local.js"></script>',
      want: [],
    },
  ])("$given", ({ given, want }) => {
    expect(externalResources(given)).toEqual(want);
  });
});
