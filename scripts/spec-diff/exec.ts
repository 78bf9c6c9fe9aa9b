import { execFile } from "node:child_process";

/** What a finished command printed. */
export interface ExecResult {
  stdout: string;
  stderr: string;
}

/** A command that exited non-zero, with what it printed on stderr. */
export class ExecError extends Error {
  override readonly name = "ExecError";
  constructor(
    readonly command: string,
    readonly stderr: string,
  ) {
    super(`${command} failed: ${stderr.trim().split("\n").at(-1) ?? ""}`);
  }
}

/** Runs `file` with `args` (no shell, so nothing in them is interpreted) and collects its output. */
export function exec(
  file: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<ExecResult> {
  return new Promise((resolve, reject) => {
    const env = options.env ?? process.env;
    execFile(
      file,
      args,
      { cwd: options.cwd, env, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new ExecError([file, ...args].join(" "), stderr || error.message));
        else resolve({ stdout, stderr });
      },
    );
  });
}
