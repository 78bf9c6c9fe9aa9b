import { spawn } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, type CliRun, runCli } from "./run-cli.js";

const cwd = mkdtempSync(join(tmpdir(), "zt-devices-robust-"));
const mock = (...args: string[]) => runCli([...args, "--mock"], { env: {}, cwd });

/** Runs `producer | zt-devices args` in a shell, as a user pipes into the CLI. */
function runPiped(producer: string, args: readonly string[]): Promise<CliRun> {
  const quoted = [process.execPath, BIN, ...args].map((a) => `'${a}'`).join(" ");
  return new Promise((resolve, reject) => {
    const child = spawn("sh", ["-c", `${producer} | ${quoted}`], {
      cwd,
      env: { PATH: process.env.PATH ?? "" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (c: string) => {
      stdout += c;
    });
    child.stderr.setEncoding("utf8").on("data", (c: string) => {
      stderr += c;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("--data - reads standard input to its end", () => {
  it("from a writer slower than the CLI", async () => {
    const pieces = ['{"name":', '"Slow","type"', ':"warp"}'];
    const producer = `(${pieces.map((p) => `printf '%s' '${p}'`).join("; sleep 1.5; ")})`;
    const run = await runPiped(producer, ["posture", "create", "--data", "-", "--mock", "--json"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ name: "Slow", type: "warp" });
  });

  it("larger than the pipe buffer (1 MiB)", async () => {
    const file = join(cwd, "big.json");
    const description = "d".repeat(1024 * 1024 - 100);
    writeFileSync(file, JSON.stringify({ name: "Big", type: "warp", description }));
    const args = ["posture", "create", "--data", "-", "--mock", "--json"];
    const run = await runPiped(`cat '${file}'`, args);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).description).toHaveLength(description.length);
  });
});

describe("--mock-state", () => {
  it("the id each of parallel runs prints is the id stored", async () => {
    const state = join(cwd, "parallel.json");
    const runs = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        mock(
          "posture",
          "create",
          "--name",
          `P${i}`,
          "--type",
          "warp",
          "--mock-state",
          state,
          "--json",
        ),
      ),
    );
    for (const run of runs) expect(run.stderr).toBe("");
    const list = await mock("posture", "list", "--mock-state", state, "--json");
    const stored = new Map(
      (JSON.parse(list.stdout) as { id: string; name: string }[]).map((r) => [r.name, r.id]),
    );
    for (const [i, run] of runs.entries())
      expect(JSON.parse(run.stdout).id).toBe(stored.get(`P${i}`));
  });

  it("keeps the file's mode, and writes a new one readable by its owner only", async () => {
    const state = join(cwd, "mode.json");
    await mock("posture", "create", "--name", "M1", "--type", "warp", "--mock-state", state);
    expect(statSync(state).mode & 0o777).toBe(0o600);
    chmodSync(state, 0o640);
    await mock("posture", "create", "--name", "M2", "--type", "warp", "--mock-state", state);
    expect(statSync(state).mode & 0o777).toBe(0o640);
  });

  it("refuses a read-only file with exit 2, leaving it as it was", async () => {
    const state = join(cwd, "readonly.json");
    await mock("posture", "create", "--name", "R1", "--type", "warp", "--mock-state", state);
    chmodSync(state, 0o400);
    const before = readFileSync(state, "utf8");
    const run = await mock(
      "posture",
      "create",
      "--name",
      "R2",
      "--type",
      "warp",
      "--mock-state",
      state,
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`--mock-state: ${state} is read-only`);
    expect(readFileSync(state, "utf8")).toBe(before);
  });

  it.each([
    [
      "a directory",
      () => mkdirSync(join(cwd, "dir.json"), { recursive: true }),
      "dir.json",
      "it is a directory (EISDIR)",
    ],
    [
      "a path through a file",
      () => writeFileSync(join(cwd, "plain"), "x"),
      "plain/state.json",
      "a part of its path is not a directory (ENOTDIR)",
    ],
  ])("%s is one clear line and exit 2", async (_name, make, file, why) => {
    make();
    const state = join(cwd, file);
    const run = await mock("posture", "list", "--mock-state", state);
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n")[0]).toContain(`--mock-state: cannot use ${state}: ${why}`);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("output errors", () => {
  it("a full disk is one line and exit 1, no stack trace", async () => {
    const run = await new Promise<CliRun>((resolve) => {
      const child = spawn(
        "sh",
        ["-c", `"${process.execPath}" "${BIN}" posture list --mock > /dev/full`],
        { cwd, env: { PATH: process.env.PATH ?? "" } },
      );
      let stderr = "";
      child.stderr.setEncoding("utf8").on("data", (c: string) => {
        stderr += c;
      });
      child.on("close", (code) => resolve({ code, stdout: "", stderr }));
    });
    expect(run.stderr).toMatch(
      /^zt-devices: cannot write the output: no space left on the device \(ENOSPC\)\n$/,
    );
    expect(run.code).toBe(1);
  });
});

describe("output", () => {
  it("never cuts an id column, and fits nothing to COLUMNS when piped", async () => {
    const run = await runCli(["physical-devices", "list", "--mock"], {
      env: { COLUMNS: "40" },
      cwd,
    });
    const ids = run.stdout.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g);
    expect(ids?.length).toBeGreaterThan(0);
    expect(run.stdout).not.toContain("…");
  });

  it("a list that stops early says so on stderr, naming --all, with or without --json", async () => {
    const table = await mock("physical-devices", "list", "--per-page", "2");
    expect(table.stderr).toMatch(/More results: .*--all/);
    const json = await mock("physical-devices", "list", "--per-page", "2", "--json");
    expect(JSON.parse(json.stdout)).toHaveLength(2);
    expect(json.stderr).toMatch(/More results: .*--all.*--cursor /);
    const whole = await mock("physical-devices", "list", "--per-page", "2", "--all");
    expect(whole.stderr).not.toContain("More results");
  });

  it("--json errors are JSON on stderr", async () => {
    const usage = await mock("posture", "get", "--json");
    expect(usage.code).toBe(2);
    expect(JSON.parse(usage.stderr)).toEqual({
      error: { kind: "usage", message: "missing required option --rule-id", exitCode: 2 },
    });
    const api = await mock("posture", "get", "--rule-id", "nope", "--json");
    expect(api.code).toBe(1);
    expect(JSON.parse(api.stderr)).toMatchObject({
      error: { kind: "api", status: 404, errors: [{ code: 1004 }], exitCode: 1 },
    });
  });

  it("posture create --help describes --input for each --type", async () => {
    const help = (await runCli(["posture", "create", "--help"])).stdout.replace(/\s+/g, " ");
    expect(help).not.toContain("Rules of this type take no input");
    expect(help).toContain("disk_encryption: { checkDisks?, requireAll? }");
    expect(help).toContain("gateway, warp: nothing ({})");
  });

  it("a deprecated command warns and names the replacement", async () => {
    const run = await mock("devices", "list");
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      "warning: `zt-devices devices list` is deprecated: use physical-devices list or registrations list",
    );
  });
});
