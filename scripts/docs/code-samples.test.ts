import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { OpenAPI3 as OpenAPIObject } from "openapi-typescript";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { operationTable } from "../../packages/types/src/operations.gen.js";
import { REPO_ROOT } from "../repo-root.js";
import { bundleSpec } from "../spec-diff/bundle-spec.js";
import { type CodeSample, withCodeSamples } from "./code-samples.js";

type Operation = { operationId: string; "x-codeSamples": CodeSample[] };

function samplesOf(spec: OpenAPIObject): Map<string, Record<string, string>> {
  const out = new Map<string, Record<string, string>>();
  for (const item of Object.values(spec.paths ?? {}) as Record<string, Operation>[]) {
    for (const op of Object.values(item)) {
      if (typeof op !== "object" || !op || !("operationId" in op)) continue;
      out.set(
        op.operationId,
        Object.fromEntries(op["x-codeSamples"].map((s) => [s.label, s.source])),
      );
    }
  }
  return out;
}

const fixture = parse(
  readFileSync(join(REPO_ROOT, "spec/fixtures/client-resources/devices.yaml"), "utf8"),
) as OpenAPIObject;

describe("withCodeSamples", () => {
  const samples = samplesOf(withCodeSamples(fixture));

  it.each([
    {
      id: "getPostureRule",
      client: 'const result = await zt.posture.get("<rule_id>");',
      cli: "zt-devices posture get --rule-id '<rule_id>'",
      curl: 'curl -X GET "https://api.cloudflare.com/client/v4/accounts/$CLOUDFLARE_ACCOUNT_ID/devices/posture/<rule_id>"',
    },
    {
      id: "listPhysicalDevices",
      client: "for await (const item of zt.physicalDevices.list()) console.log(item);",
      cli: "zt-devices physical-devices list",
      curl: 'curl -X GET "https://api.cloudflare.com/client/v4/accounts/$CLOUDFLARE_ACCOUNT_ID/devices/physical-devices"',
    },
  ])("$id", ({ id, client, cli, curl }) => {
    const got = samples.get(id);
    expect(got?.Client).toContain(client);
    expect(got?.CLI).toBe(cli);
    expect(got?.curl?.split(" \\\n")[0]).toBe(curl);
  });

  it("leaves the spec it is given alone", () => {
    expect(JSON.stringify(fixture)).not.toContain("x-codeSamples");
  });

  it("fails, naming the operation, where the client has no place for it", () => {
    const broken = structuredClone(fixture) as OpenAPIObject & { paths: Record<string, unknown> };
    const first = Object.values(broken.paths)[0] as Record<string, Record<string, unknown>>;
    const op = Object.values(first).find((o) => typeof o === "object" && o && "operationId" in o);
    if (op) op["x-method"] = "Not-A-Name";
    expect(() => withCodeSamples(broken)).toThrow(
      /^\/paths\/.+: x-method must be a camelCase name/,
    );
  });
});

describe("the project's spec", { timeout: 60_000 }, () => {
  it("gives every operation a client call the client has, a CLI command and a curl line", async () => {
    const spec = (await bundleSpec(join(REPO_ROOT, "spec"), "spec/openapi.yaml")) as OpenAPIObject;
    const samples = samplesOf(withCodeSamples(spec));
    expect(samples.size).toBeGreaterThan(60);
    for (const [id, sample] of samples) {
      const call = sample.Client?.match(/zt\.([\w.]+)\(/)?.[1] ?? "";
      const entry: readonly string[] | undefined = (
        operationTable as Record<string, readonly string[]>
      )[id];
      expect([id, call]).toEqual([id, entry?.[0]]);
      expect(sample.CLI).toMatch(/^zt-devices [a-z-]+( [a-z-]+)*( --|$)/);
      expect(sample.curl).toMatch(
        /^curl -X (GET|POST|PUT|PATCH|DELETE) "https:\/\/api\.cloudflare\.com/,
      );
    }
  });
});
