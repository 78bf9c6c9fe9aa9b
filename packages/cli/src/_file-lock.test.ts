import { existsSync, mkdtempSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { withFileLock } from "./_file-lock.js";

const file = () => join(mkdtempSync(join(tmpdir(), "zt-devices-lock-")), "state.json");

describe("withFileLock", () => {
  it("holds <file>.lock while the work runs and removes it after, also when the work throws", () => {
    const path = file();
    expect(withFileLock(path, () => existsSync(`${path}.lock`))).toBe(true);
    expect(existsSync(`${path}.lock`)).toBe(false);
    expect(() =>
      withFileLock(path, () => {
        throw new Error("boom");
      }),
    ).toThrow("boom");
    expect(existsSync(`${path}.lock`)).toBe(false);
  });

  it("gives up on a lock another run holds, naming it", () => {
    const path = file();
    writeFileSync(`${path}.lock`, "");
    let ran = false;
    expect(() => withFileLock(path, () => (ran = true), { waitMs: 60 })).toThrow(
      `--mock-state: ${path}.lock is held by another run; delete it if no other zt-devices command is running`,
    );
    expect(ran).toBe(false);
    expect(existsSync(`${path}.lock`)).toBe(true);
  });

  it("takes over a lock left by a run that died", () => {
    const path = file();
    writeFileSync(`${path}.lock`, "");
    const old = new Date(Date.now() - 60_000);
    utimesSync(`${path}.lock`, old, old);
    expect(withFileLock(path, () => "ran", { waitMs: 60 })).toBe("ran");
    expect(existsSync(`${path}.lock`)).toBe(false);
  });
});
