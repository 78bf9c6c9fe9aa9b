/** What the command line asks for. */
export interface ServerArgs {
  port: number;
  host: string;
  seed: number;
  mode: "stateful" | "examples";
  auth: boolean;
}

/** The outcome of reading the command line: settings, a request for help, or what is wrong. */
export type ParsedArgs =
  | { kind: "run"; args: ServerArgs }
  | { kind: "help" }
  | { kind: "error"; message: string };

/** The text of `zt-devices-mock --help`. */
export const USAGE = `Usage: zt-devices-mock [options]

A mock of the Cloudflare Zero Trust Devices API on plain HTTP.

Options:
  --port <n>       port to listen on (default 4010; 0 picks a free one)
  --host <host>    interface to listen on (default 127.0.0.1)
  --seed <n>       seed of the generated data (default 1)
  --mode <mode>    stateful (default) or examples
  --no-auth        accept requests without credentials
  -h, --help       show this help`;

function integer(flag: string, raw: string | undefined, min: number, max: number): number | string {
  if (raw === undefined || !/^\d+$/.test(raw))
    return `${flag} needs a whole number, got ${raw ?? "nothing"}`;
  const n = Number(raw);
  return n < min || n > max ? `${flag} must be between ${min} and ${max}, got ${raw}` : n;
}

/**
 * Reads the command line of `zt-devices-mock` (`--port 4010` and `--port=4010` alike).
 *
 * @example
 * parseArgs(["--port", "0", "--mode", "examples"]);
 * // { kind: "run", args: { port: 0, host: "127.0.0.1", seed: 1, mode: "examples", auth: true } }
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const args: ServerArgs = { port: 4010, host: "127.0.0.1", seed: 1, mode: "stateful", auth: true };
  const words = argv.flatMap((word) =>
    /^--\w+=/.test(word)
      ? [word.slice(0, word.indexOf("=")), word.slice(word.indexOf("=") + 1)]
      : [word],
  );
  for (let i = 0; i < words.length; i++) {
    const flag = words[i] as string;
    if (flag === "-h" || flag === "--help") return { kind: "help" };
    if (flag === "--no-auth") {
      args.auth = false;
      continue;
    }
    const value = words[++i];
    if (flag === "--port" || flag === "--seed") {
      const n = integer(flag, value, 0, flag === "--port" ? 65535 : 4294967295);
      if (typeof n === "string") return { kind: "error", message: n };
      args[flag === "--port" ? "port" : "seed"] = n;
    } else if (flag === "--host") {
      if (!value || value.startsWith("--"))
        return { kind: "error", message: "--host needs a host name or address" };
      args.host = value;
    } else if (flag === "--mode") {
      if (value !== "stateful" && value !== "examples") {
        return {
          kind: "error",
          message: `--mode must be stateful or examples, got ${value ?? "nothing"}`,
        };
      }
      args.mode = value;
    } else {
      return { kind: "error", message: `unknown option ${flag}` };
    }
  }
  return { kind: "run", args };
}
