import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { StagedWrites } from "./staged-writes.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "zt-staged-"));
  mkdirSync(join(dir, "kept"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("StagedWrites", () => {
  it("changes no target until commit, then moves every file into place", () => {
    const staged = new StagedWrites();
    staged.stage(join(dir, "kept/a.ts"), "a");
    staged.stage(join(dir, "new/deep/b.ts"), "b");
    expect(existsSync(join(dir, "kept/a.ts"))).toBe(false);
    expect(existsSync(join(dir, "new/deep/b.ts"))).toBe(false);
    staged.commit();
    expect(readFileSync(join(dir, "kept/a.ts"), "utf8")).toBe("a");
    expect(readFileSync(join(dir, "new/deep/b.ts"), "utf8")).toBe("b");
    expect(readdirSync(join(dir, "kept"))).toEqual(["a.ts"]);
  });

  it("leaves everything as it was when discarded, folders it made included", () => {
    const staged = new StagedWrites();
    staged.stage(join(dir, "kept/a.ts"), "a");
    staged.stage(join(dir, "new/deep/b.ts"), "b");
    staged.discard();
    expect(readdirSync(dir)).toEqual(["kept"]);
    expect(readdirSync(join(dir, "kept"))).toEqual([]);
  });

  it("deletes a file marked for removal on commit, and not before", () => {
    writeFileSync(join(dir, "kept/old.gen.ts"), "old");
    const staged = new StagedWrites();
    staged.stage(join(dir, "kept/a.ts"), "a");
    staged.remove(join(dir, "kept/old.gen.ts"));
    expect(readdirSync(join(dir, "kept")).filter((f) => !f.endsWith(".tmp"))).toEqual([
      "old.gen.ts",
    ]);
    staged.commit();
    expect(readdirSync(join(dir, "kept"))).toEqual(["a.ts"]);
  });

  it("keeps a file marked for removal when discarded", () => {
    writeFileSync(join(dir, "kept/old.gen.ts"), "old");
    const staged = new StagedWrites();
    staged.remove(join(dir, "kept/old.gen.ts"));
    staged.discard();
    staged.commit();
    expect(readdirSync(join(dir, "kept"))).toEqual(["old.gen.ts"]);
  });
});
