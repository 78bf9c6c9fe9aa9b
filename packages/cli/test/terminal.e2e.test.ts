import { spawn, spawnSync } from "node:child_process";
import { type MockServer, startMockServer } from "@zt-devices/mocks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN, runCli } from "./run-cli.js";

// What only happens on a terminal: the confirmation prompt, styles, progress. util-linux's
// `script` gives the binary a pseudo-terminal (Debian and Ubuntu have it in bsdutils, installed
// everywhere); where it is missing these tests fail saying so rather than pass unseen.
const hasScript = spawnSync("script", ["-qec", "true", "/dev/null"]).status === 0;
let server: MockServer;
const env = () => ({
  PATH: process.env.PATH ?? "",
  CLOUDFLARE_API_TOKEN: "tty-token",
  CLOUDFLARE_ACCOUNT_ID: "acc",
  CLOUDFLARE_BASE_URL: server.baseUrl,
  COLUMNS: "200",
});

/** Runs the binary on a pseudo-terminal, typing `input`; stdout and stderr arrive mixed. */
function onTerminal(
  args: string[],
  options: { input?: string; env?: Record<string, string> } = {},
) {
  const command = [process.execPath, BIN, ...args]
    .map((a) => `'${a.replaceAll("'", "'\\''")}'`)
    .join(" ");
  return new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    const child = spawn("script", ["-qec", command, "/dev/null"], {
      env: { ...env(), ...options.env },
    });
    let output = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      output += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output }));
    // Typed only once the question is up, as a person would.
    setTimeout(() => child.stdin.end(options.input ?? ""), 1500);
  });
}

beforeAll(async () => {
  server = await startMockServer({ port: 0 });
});
afterAll(() => server.close());

describe("on a terminal", () => {
  beforeAll(() => {
    if (!hasScript)
      throw new Error(
        "these tests need util-linux's `script` (`script -qec`) to run the binary on a pseudo-terminal; install util-linux (Debian: bsdutils)",
      );
  });

  const ruleIds = async () => {
    const run = await runCli(["posture", "list", "--json"], { env: env() });
    return (JSON.parse(run.stdout) as { id: string }[]).map((rule) => rule.id);
  };

  it("asks before deleting, and does nothing when the answer is no", async () => {
    const [id] = await ruleIds();
    const run = await onTerminal(["posture", "delete", "--rule-id", String(id)], { input: "n\n" });
    expect(run.output).toContain(`Delete a device posture rule (rule_id ${id})? [y/N]`);
    expect(run.output).toContain("Cancelled: nothing was sent.");
    expect(run.code).toBe(2);
    expect(await ruleIds()).toContain(id);
  });

  it("deletes when the answer is yes", async () => {
    const [id] = await ruleIds();
    const run = await onTerminal(["posture", "delete", "--rule-id", String(id)], { input: "y\n" });
    expect(run.code).toBe(0);
    expect(await ruleIds()).not.toContain(id);
  });

  it("styles table headers, unless NO_COLOR is set", async () => {
    const styled = await onTerminal(["posture", "list"]);
    expect(styled.output).toContain("\x1b[1mID");
    const plain = await onTerminal(["posture", "list"], { env: { NO_COLOR: "1" } });
    expect(plain.output).not.toContain("\x1b[");
    expect(plain.output).toMatch(/^ID +NAME +ENABLED +TYPE/m);
  });

  it("shows progress while --all follows pages, then clears it", async () => {
    const run = await onTerminal([
      "physical-devices",
      "list",
      "--per-page",
      "1",
      "--all",
      "--json",
    ]);
    expect(run.code).toBe(0);
    expect(run.output).toMatch(/Fetched 2 pages, 2 items…/);
    expect(run.output).toContain("\r\x1b[K");
  });
});
