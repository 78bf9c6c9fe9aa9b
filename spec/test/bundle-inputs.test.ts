import { readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const spec = join(import.meta.dirname, "..");
const turbo = JSON.parse(readFileSync(join(spec, "../turbo.json"), "utf8"));
const inputs: string[] = turbo.tasks.bundle.inputs;

/** Every file the bundle reads: the root and each file a `$ref` reaches from it, relative to spec/. */
function filesOfTheBundle(): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const refs: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === "object") {
        for (const [key, value] of Object.entries(node)) {
          if (key === "$ref" && typeof value === "string" && !value.startsWith("#"))
            refs.push(value);
          else walk(value);
        }
      }
    };
    walk(parse(readFileSync(join(spec, file), "utf8")));
    for (const ref of refs) visit(normalize(join(dirname(file), ref.split("#")[0] as string)));
  };
  visit("openapi.yaml");
  return [...seen].sort();
}

// The globs turbo.json uses here: `name`, `*.ext` (top level only) and `folder/**`.
function covered(file: string): boolean {
  return inputs.some((glob) => {
    if (glob.endsWith("/**")) return file.startsWith(glob.slice(0, -2));
    if (glob.startsWith("*.")) return !file.includes("/") && file.endsWith(glob.slice(1));
    return file === glob;
  });
}

describe("turbo's bundle task", () => {
  it("hashes every file the bundled spec is made of, so editing any of them re-bundles", () => {
    const files = filesOfTheBundle();
    expect(files).toContain("openapi.yaml");
    expect(files.some((f) => f.startsWith("schemas/"))).toBe(true);
    expect(files.some((f) => f.startsWith("paths/"))).toBe(true);
    expect(files.filter((f) => !covered(f))).toEqual([]);
  });
});
