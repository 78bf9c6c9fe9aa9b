import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { REPO_ROOT } from "../repo-root.js";
import { bundleSpec } from "../spec-diff/bundle-spec.js";
import { buildDocs, externalResources } from "./build-docs.js";
import { openPage } from "./headless-page.js";
import { packagesVersion } from "./packages-version.js";

const out = mkdtempSync(join(tmpdir(), "build-docs-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const fixture = fileURLToPath(
  new URL("../../spec/fixtures/client-resources/devices.yaml", import.meta.url),
);
const spec = fileURLToPath(new URL("../../spec/openapi.yaml", import.meta.url));

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
    await buildDocs({ input: fixture, output, version: "9.8.7" });
    const html = readFileSync(output, "utf8");
    // The server-rendered page ends where Redoc's inlined bundle and the spec's data begin.
    const end = html.indexOf('<script type="module">');
    expect(end).toBeGreaterThan(0);
    const rendered = html.slice(0, end);

    const ops = operations(parse(readFileSync(fixture, "utf8")));
    expect(ops.length).toBeGreaterThan(5);
    for (const { operationId, summary } of ops) {
      expect(html).toContain(`"operationId":"${operationId}"`);
      expect(rendered).toContain(summary);
    }
    expect(html).toContain('"version":"9.8.7"');
    expect(html).toContain("zt.posture.create(");
    expect(html).toContain("zt-devices posture create --data");
    expect(externalResources(html)).toEqual([]);
  });

  it("renders every operation of the project's spec", async () => {
    const output = join(out, "spec", "index.html");
    await buildDocs({ input: spec, output });
    const html = readFileSync(output, "utf8");
    const shown = JSON.parse(readFileSync(join(out, "spec", "openapi.json"), "utf8"));
    expect(shown.info.version).toBe(packagesVersion(REPO_ROOT));
    for (const op of operations(shown) as { operationId: string; "x-codeSamples"?: unknown }[]) {
      const labels = (op["x-codeSamples"] as { label: string }[] | undefined)?.map((s) => s.label);
      expect([op.operationId, labels]).toEqual([op.operationId, ["Client", "CLI", "curl"]]);
    }

    const bundled = (await bundleSpec(dirname(spec), "spec/openapi.yaml")) as Parameters<
      typeof operations
    >[0];
    const ids = operations(bundled).map((op) => op.operationId);
    expect(ids.length).toBeGreaterThan(0);
    const missing = ids.filter((id) => !html.includes(`"operationId":"${id}"`));
    expect(missing).toEqual([]);
    expect(externalResources(html)).toEqual([]);
  });

  it("opens in headless Chromium without a single request, showing an operation's samples", async () => {
    // Built by the test above; Chromium comes from the system (.ci/install-browser).
    const page = await openPage(join(out, "spec", "index.html"), {
      hash: "#/posture-rules/createposturerule",
      readyWhen: "document.body.innerText.includes('$CLOUDFLARE_API_TOKEN')",
      timeoutMs: 150_000,
    });
    expect(page.requests).toEqual([]);
    expect(page.consoleErrors).toEqual([]);
    expect(page.text).toContain('curl -X POST "https://api.cloudflare.com/client/v4/accounts/');
  }, 180_000);

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
