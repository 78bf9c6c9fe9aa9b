import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The built binary, as `pnpm build` leaves it and as the package's `bin` points to it. */
export const BIN = fileURLToPath(new URL("../dist/main.js", import.meta.url));

if (!existsSync(BIN)) {
  throw new Error(
    "packages/cli/dist/main.js is missing: run `pnpm --filter @zt-devices/cli build` first",
  );
}

/** What one run of the binary left: its exit code and everything it printed. */
export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the built `zt-devices` as a user's shell would, with pipes (not a terminal) on every
 * stream: only the given environment (plus PATH), `input` on stdin, and no colour unless asked.
 */
export function runCli(
  args: readonly string[],
  options: {
    env?: Record<string, string>;
    input?: string;
    cwd?: string;
    /** A command that runs node for it, as `setpriv ...` does: the run is `wrapper node BIN args`. */
    wrapper?: readonly string[];
  } = {},
): Promise<CliRun> {
  const [program, ...before] = [...(options.wrapper ?? []), process.execPath];
  return new Promise((resolve, reject) => {
    const child = spawn(program as string, [...before, BIN, ...args], {
      cwd: options.cwd,
      env: { PATH: process.env.PATH ?? "", ...options.env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? "");
  });
}

/** The rows of a table the CLI printed: cells split on runs of two or more spaces. */
export function tableRows(stdout: string): string[][] {
  return stdout
    .trimEnd()
    .split("\n")
    .map((line) => line.split(/ {2,}/));
}

/** A run of the binary started by `startCli`: the child, and how it ended once it has. */
export interface StartedCli {
  readonly child: ChildProcess;
  /** Settles when the run has ended; listened to from the start, so an early end is never missed. */
  readonly ended: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Whether it has ended already. */
  readonly hasEnded: () => boolean;
}

/** Starts the built binary with no input or output (as a run Ctrl-C will interrupt). */
export function startCli(args: readonly string[], options: { cwd?: string } = {}): StartedCli {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? "" },
    stdio: "ignore",
  });
  let ended = false;
  const whenEnded = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>(
    (resolve, reject) => {
      child.once("error", reject);
      child.once("close", (code, signal) => {
        ended = true;
        resolve({ code, signal });
      });
    },
  );
  return { child, ended: whenEnded, hasEnded: () => ended };
}

/**
 * How a started run ended, waiting at most `ms`: past that the run is killed and this fails,
 * saying which run did not exit, so a test never waits without end.
 */
export async function endedWithin(run: StartedCli, ms: number, what: string) {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      run.child.kill("SIGKILL");
      reject(new Error(`${what} did not exit within ${ms} ms`));
    }, ms);
  });
  try {
    return await Promise.race([run.ended, late]);
  } finally {
    clearTimeout(timer);
  }
}
