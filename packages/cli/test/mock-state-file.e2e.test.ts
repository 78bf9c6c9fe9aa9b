import { spawnSync } from "node:child_process";
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { endedWithin, runCli, startCli } from "./run-cli.js";

// The --mock-state file's lock and permissions, with the built binary: what a user at a shell sees
// when pressing Ctrl-C, or when the file is somewhere they may not write.
const cwd = mkdtempSync(join(tmpdir(), "zt-devices-state-"));
const mock = (...args: string[]) => runCli([...args, "--mock"], { env: {}, cwd });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const create = (name: string, state: string) =>
  ["posture", "create", "--name", name, "--type", "warp", "--mock", "--mock-state", state] as const;

// Generous bounds, for a busy machine: an interrupted run exits in well under a second idle.
const EXIT_MS = 20_000;

/** A state file of `count` changes, so replaying it holds the lock long enough to press Ctrl-C. */
async function bigStateFile(count: number): Promise<string> {
  const seed = join(mkdtempSync(join(cwd, "seed-")), "state.json");
  expect((await runCli(create("Seed", seed), { env: {}, cwd })).code).toBe(0);
  const journal = JSON.parse(readFileSync(seed, "utf8"));
  const [entry] = journal.entries;
  journal.entries = Array.from({ length: count }, (_, i) => ({
    ...entry,
    body: JSON.stringify({ name: `Kept ${i}`, type: "warp" }),
  }));
  writeFileSync(seed, JSON.stringify(journal));
  return seed;
}

describe("Ctrl-C during a run with --mock-state", () => {
  it("while the run holds the lock: exit 130 at once, no lock, no temporary file, file unchanged", async () => {
    const big = await bigStateFile(3000);
    for (let attempt = 0; attempt < 2; attempt++) {
      const dir = mkdtempSync(join(cwd, "held-"));
      const state = join(dir, "state.json");
      copyFileSync(big, state);
      const before = readFileSync(state, "utf8");
      const run = startCli(create("Interrupted", state), { cwd });
      const seen = Date.now() + EXIT_MS;
      while (!existsSync(`${state}.lock`) && !run.hasEnded() && Date.now() < seen) await sleep(2);
      expect(run.hasEnded(), "the run ended before its lock was seen").toBe(false);
      run.child.kill("SIGINT");
      const ended = await endedWithin(run, EXIT_MS, "the interrupted run");
      expect(ended).toEqual({ code: 130, signal: null });
      expect(readdirSync(dir)).toEqual(["state.json"]);
      expect(readFileSync(state, "utf8")).toBe(before);
    }
  }, 120_000);

  it("at any moment: each run is kept whole or not at all, and every one exits", async () => {
    const dir = mkdtempSync(join(cwd, "any-"));
    const state = join(dir, "state.json");
    const outcomes: { name: string; code: number | null; signal: string | null }[] = [];
    for (let i = 0; i < 8; i++) {
      const name = `S${i}`;
      const run = startCli(create(name, state), { cwd });
      await sleep(100 + 50 * i);
      run.child.kill("SIGINT");
      const { code, signal } = await endedWithin(run, EXIT_MS, `run ${name}`);
      outcomes.push({ name, code, signal });
      expect(readdirSync(dir).filter((f) => f !== "state.json")).toEqual([]);
    }
    const list = await mock("posture", "list", "--mock-state", state, "--json");
    expect(list.code).toBe(0);
    const kept = new Set((JSON.parse(list.stdout) as { name: string }[]).map((r) => r.name));
    for (const { name, code, signal } of outcomes) {
      const what = `${name} ended with ${code ?? signal}`;
      // Ended before Ctrl-C reached it: kept. Stopped by the CLI (130): nothing kept. Ended by the
      // signal itself (a shell reports it as 130 too): before the CLI listened, nothing was done;
      // after the CLI let go, on its way out, all of it was.
      if (code === 0) expect(kept.has(name), what).toBe(true);
      else if (code === 130) expect(kept.has(name), what).toBe(false);
      else expect(signal, what).toBe("SIGINT");
    }
  }, 300_000);

  it("while waiting for another run's lock: exits, leaving that lock alone", async () => {
    const dir = mkdtempSync(join(cwd, "waiting-"));
    const state = join(dir, "state.json");
    writeFileSync(`${state}.lock`, String(process.pid)); // held by a live process: this one
    const run = startCli(create("Waiting", state), { cwd });
    await sleep(1500);
    run.child.kill("SIGINT");
    const { code, signal } = await endedWithin(run, EXIT_MS, "the waiting run");
    expect(code === 130 || signal === "SIGINT", `ended with ${code ?? signal}`).toBe(true);
    expect(readdirSync(dir)).toEqual(["state.json.lock"]);
    expect(readFileSync(`${state}.lock`, "utf8")).toBe(String(process.pid));
  });
});

describe("a state file the user may not write", () => {
  // Root passes every permission check, so as root the run is made without the capabilities that
  // bypass them (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH): a root that file modes bind, who can
  // still read the repository wherever it was cloned. Anyone else: the modes alone suffice.
  const asRoot = process.getuid?.() === 0;
  const wrapper = asRoot ? ["setpriv", "--bounding-set=-dac_override,-dac_read_search"] : undefined;

  it("can drop root's permission bypass, when running as root", () => {
    if (!asRoot) return;
    const probe = spawnSync(wrapper?.[0] as string, [...(wrapper?.slice(1) ?? []), "true"]);
    expect(
      probe.error === undefined && probe.status === 0,
      `cannot run as a root that file permissions bind (setpriv: ${probe.error?.message ?? probe.stderr}); the EACCES tests below prove nothing`,
    ).toBe(true);
  });

  it.each([
    ["a folder it may not write in", "new.json", () => {}],
    [
      "a file it may not read",
      "unreadable.json",
      (f: string) => writeFileSync(f, "{}", { mode: 0 }),
    ],
  ])("%s is one clear line and exit 2 (EACCES)", async (_name, file, make) => {
    const dir = join(mkdtempSync(join(cwd, "eacces-")), "locked");
    mkdirSync(dir);
    const state = join(dir, file);
    make(state);
    chmodSync(dir, 0o555);
    const run = await runCli(create("X", state), { env: {}, cwd, ...(wrapper ? { wrapper } : {}) });
    expect(run.stderr.split("\n")[0]).toBe(
      `zt-devices: --mock-state: cannot use ${state}: permission denied (EACCES)`,
    );
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.code).toBe(2);
    expect(readdirSync(dir)).toEqual(file === "new.json" ? [] : [file]);
  });
});

describe("verify --mock --mock-state", () => {
  it("only reads the file: it leaves no lock behind", async () => {
    const state = join(mkdtempSync(join(cwd, "verify-")), "state.json");
    expect((await runCli(create("Read", state), { env: {}, cwd })).code).toBe(0);
    const run = await mock("verify", "--mock-state", state);
    expect(run.code).toBe(0);
    expect(existsSync(`${state}.lock`)).toBe(false);
  });
});
