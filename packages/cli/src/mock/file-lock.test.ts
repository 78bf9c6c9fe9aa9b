import { existsSync, mkdirSync, mkdtempSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { acquireFileLock } from "./file-lock.js";

const file = () => join(mkdtempSync(join(tmpdir(), "zt-devices-lock-")), "state.json");

describe("acquireFileLock", () => {
  it("holds <file>.lock with this process's id until released", async () => {
    const path = file();
    const lock = await acquireFileLock(path);
    expect(existsSync(`${path}.lock`)).toBe(true);
    lock.release();
    lock.release();
    expect(existsSync(`${path}.lock`)).toBe(false);
  });

  it("waits for another holder, then takes the lock", async () => {
    const path = file();
    const first = await acquireFileLock(path);
    setTimeout(() => first.release(), 80);
    const second = await acquireFileLock(path, { waitMs: 2000 });
    expect(existsSync(`${path}.lock`)).toBe(true);
    second.release();
  });

  it("gives up on a lock a live run holds, naming it", async () => {
    const path = file();
    writeFileSync(`${path}.lock`, String(process.pid));
    await expect(acquireFileLock(path, { waitMs: 60 })).rejects.toThrow(
      `--mock-state: ${path}.lock is held by another run; delete it if no other zt-devices command is running`,
    );
    expect(existsSync(`${path}.lock`)).toBe(true);
  });

  it("takes over a lock left by a process that is gone, without waiting", async () => {
    const path = file();
    writeFileSync(`${path}.lock`, "2147483646");
    const started = Date.now();
    (await acquireFileLock(path, { waitMs: 5000 })).release();
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("takes over a lock older than any run takes", async () => {
    const path = file();
    writeFileSync(`${path}.lock`, String(process.pid));
    const old = new Date(Date.now() - 60_000);
    utimesSync(`${path}.lock`, old, old);
    (await acquireFileLock(path, { waitMs: 60 })).release();
    expect(existsSync(`${path}.lock`)).toBe(false);
  });

  it("fails at once, naming it, on an abandoned lock it cannot remove", async () => {
    const path = file();
    mkdirSync(`${path}.lock`);
    const old = new Date(Date.now() - 60_000);
    utimesSync(`${path}.lock`, old, old);
    await expect(acquireFileLock(path, { waitMs: 60 })).rejects.toThrow(
      `--mock-state: cannot remove the abandoned lock ${path}.lock: it is a directory (EISDIR); delete it by hand`,
    );
  });
});
