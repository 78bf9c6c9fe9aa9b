import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { findReferenceDocument } from "./reference-document.js";

// A made-up layout: a repository folder, and beside it the seeds folder some checkouts have.
const base = mkdtempSync(join(tmpdir(), "zt-reference-"));
afterAll(() => rmSync(base, { recursive: true, force: true }));
const folder = (...parts: string[]) => {
  const dir = join(base, ...parts);
  mkdirSync(dir, { recursive: true });
  return dir;
};
const alone = folder("alone", "repo");
const besideSeeds = folder("beside", "repo");
const seeds = folder("beside", "shared", "seeds");
writeFileSync(join(seeds, "001_other.txt"), "");
writeFileSync(join(seeds, "000_reference.txt"), "");
const named = folder("named");
writeFileSync(join(named, "000_named.txt"), "");
const empty = folder("empty");

describe("findReferenceDocument", () => {
  it("takes the document in ZT_SEEDS_DIR when it is set", () => {
    expect(findReferenceDocument({ ZT_SEEDS_DIR: named }, besideSeeds)).toEqual({
      path: join(named, "000_named.txt"),
      file: "000_named.txt",
    });
  });

  it("takes the seeds folder beside the repository otherwise", () => {
    expect(findReferenceDocument({}, besideSeeds)).toEqual({
      path: join(seeds, "000_reference.txt"),
      file: "000_reference.txt",
    });
  });

  it("says the document is not at hand when neither exists", () => {
    expect(findReferenceDocument({}, alone)).toEqual({
      reason: "reference document not at hand (set ZT_SEEDS_DIR)",
    });
  });

  it.each([
    { env: { ZT_SEEDS_DIR: join(base, "missing") }, want: "ZT_SEEDS_DIR: no folder" },
    { env: { ZT_SEEDS_DIR: empty }, want: `ZT_SEEDS_DIR: no 000_*.txt API reference in ${empty}` },
  ])("fails when ZT_SEEDS_DIR names no document: $want", ({ env, want }) => {
    expect(() => findReferenceDocument(env, alone)).toThrow(want);
  });
});
