import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, tableRows } from "./run-cli.js";

// The embedded mock through the built binary: no account, no network, state only with --mock-state.
const cwd = mkdtempSync(join(tmpdir(), "zt-devices-cli-"));

describe("--mock", () => {
  it("needs no account and no network", async () => {
    const run = await runCli(["physical-devices", "list", "--mock"], { env: {}, cwd });
    expect(run.code).toBe(0);
    expect(tableRows(run.stdout).length).toBeGreaterThan(1);
  });

  it("forgets changes between runs without --mock-state", async () => {
    const created = await runCli(
      ["posture", "create", "--mock", "--name", "Kept?", "--type", "firewall", "--json"],
      { env: {}, cwd },
    );
    expect(created.code).toBe(0);
    const list = await runCli(["posture", "list", "--mock", "--json"], { env: {}, cwd });
    expect(list.stdout).not.toContain("Kept?");
  });

  it("keeps state across runs in the --mock-state file, written atomically", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zt-devices-state-"));
    const state = join(dir, "state.json");
    const mock = (...args: string[]) =>
      runCli([...args, "--mock", "--mock-state", state, "--json"], { env: {}, cwd });
    const created = JSON.parse(
      (await mock("posture", "create", "--name", "Kept", "--type", "firewall")).stdout,
    );
    expect(existsSync(state)).toBe(true);
    expect(readdirSync(dir)).toEqual(["state.json"]);
    const again = JSON.parse((await mock("posture", "get", "--rule-id", created.id)).stdout);
    expect(again).toEqual(created);
    expect((await mock("posture", "delete", "--rule-id", created.id, "--yes")).code).toBe(0);
    const gone = await mock("posture", "get", "--rule-id", created.id);
    expect(gone.code).toBe(1);
    const second = JSON.parse(
      (await mock("posture", "create", "--name", "Second", "--type", "firewall")).stdout,
    );
    expect(second.id).not.toBe(created.id);
  });

  it("warns when kept changes no longer apply, and still runs", async () => {
    const state = join(mkdtempSync(join(tmpdir(), "zt-devices-state-")), "state.json");
    const mock = (...args: string[]) =>
      runCli([...args, "--mock", "--mock-state", state], { env: {}, cwd });
    expect((await mock("posture", "create", "--name", "Kept", "--type", "firewall")).code).toBe(0);
    writeFileSync(
      state,
      readFileSync(state, "utf8").replace("/devices/posture", "/devices/no-such-thing"),
    );
    const run = await mock("posture", "list");
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("warning: 1 change(s) kept in");
    expect(run.stdout).not.toContain("Kept");
  });
});
