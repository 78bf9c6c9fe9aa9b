import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { reportGoals } from "../../../scripts/bench/goals.js";
import { footprint, footprintGoals } from "./footprint.js";

let dir = "";
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("footprint", () => {
  it("adds up the files below a folder, npm's .package-lock.json left out", () => {
    dir = mkdtempSync(join(tmpdir(), "zt-devices-footprint-test-"));
    mkdirSync(join(dir, "a/dist"), { recursive: true });
    writeFileSync(join(dir, "a/package.json"), "x".repeat(100));
    writeFileSync(join(dir, "a/dist/index.js"), "x".repeat(23));
    writeFileSync(join(dir, ".package-lock.json"), "x".repeat(5000));
    expect(footprint(dir)).toEqual({ bytes: 123, files: 2 });
  });
});

describe("the footprint benchmark's goal", () => {
  it.each([
    {
      bytes: 700_000,
      code: 0,
      line: "goal held   client + types + dependencies installed, kB: 700.0 (goal <= 700)",
    },
    {
      bytes: 700_100,
      code: 1,
      line: "goal MISSED client + types + dependencies installed, kB: 700.1 (goal <= 700)",
    },
  ])("$bytes bytes installed: exit code $code", ({ bytes, code, line }) => {
    const lines: string[] = [];
    expect(reportGoals(footprintGoals({ bytes, files: 1 }), (l) => lines.push(l))).toBe(code);
    expect(lines).toContain(line);
  });
});
