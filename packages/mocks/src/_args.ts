import { applyFault, type FaultSpec, parseFaultFlag } from "./_fault-spec.js";
import { DEFAULT_LIMITS } from "./_limits.js";
import { createFaults } from "./faults.js";

/** What the command line asks for. */
export interface ServerArgs {
  port: number;
  host: string;
  seed: number;
  mode: "stateful" | "examples";
  auth: boolean;
  cors: boolean;
  maxAccounts: number;
  maxRecords: number;
  faults: FaultSpec[];
}

/** The outcome of reading the command line: settings, help, the version, or what is wrong. */
export type ParsedArgs =
  | { kind: "run"; args: ServerArgs }
  | { kind: "help" }
  | { kind: "version" }
  | { kind: "error"; message: string };

/** The text of `zt-devices-mock --help`. */
export const USAGE = `Usage: zt-devices-mock [options]

A mock of the Cloudflare Zero Trust Devices API on plain HTTP.

Options:
  --port <n>          port to listen on (default 4010; 0 picks a free one)
  --host <host>       interface to listen on (default 127.0.0.1)
  --seed <n>          seed of the generated data (default 1)
  --mode <mode>       stateful (default) or examples
  --no-auth           accept requests without credentials
  --cors              let browser pages on any origin call the mock
  --fault <fault>     inject a fault, repeatable: OPERATION:STATUS[:TIMES],
                      OPERATION:delay:MS[:TIMES] or OPERATION:drop[:TIMES];
                      OPERATION is an operationId or * (every operation)
  --max-accounts <n>  accounts the mock holds at most (default ${DEFAULT_LIMITS.maxAccounts})
  --max-records <n>   records of one kind per account (default ${DEFAULT_LIMITS.maxRecords})
  -V, --version       print the version
  -h, --help          show this help

Control endpoint (for tests): GET, POST and DELETE /__mock/faults,
DELETE /__mock/state, POST /__mock/reset.`;

function integer(flag: string, raw: string | undefined, min: number, max: number): number | string {
  if (raw === undefined || !/^\d+$/.test(raw))
    return `${flag} needs a whole number, got ${raw ?? "nothing"}`;
  const n = Number(raw);
  return n < min || n > max ? `${flag} must be between ${min} and ${max}, got ${raw}` : n;
}

const NUMBERS = {
  "--port": ["port", 0, 65535],
  "--seed": ["seed", 0, 4294967295],
  "--max-accounts": ["maxAccounts", 1, 1_000_000],
  "--max-records": ["maxRecords", 1, 1_000_000],
} as const;

// Checked as the server would take it, so a typo fails at start, not silently at run time.
function fault(value: string | undefined): FaultSpec | string {
  try {
    const spec = parseFaultFlag(value ?? "");
    applyFault(createFaults(), spec);
    return spec;
  } catch (error) {
    return `--fault ${value ?? ""}: ${(error as Error).message}`;
  }
}

/**
 * Reads the command line of `zt-devices-mock` (`--port 4010` and `--port=4010` alike).
 *
 * @example
 * parseArgs(["--port", "0", "--fault", "listPostureRules:503:2"]);
 * // { kind: "run", args: { port: 0, ..., faults: [{ target: "listPostureRules", kind: "fail", status: 503, times: 2 }] } }
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const args: ServerArgs = {
    port: 4010,
    host: "127.0.0.1",
    seed: 1,
    mode: "stateful",
    auth: true,
    cors: false,
    ...DEFAULT_LIMITS,
    faults: [],
  };
  const words = argv.flatMap((word) =>
    /^--[\w-]+=/.test(word)
      ? [word.slice(0, word.indexOf("=")), word.slice(word.indexOf("=") + 1)]
      : [word],
  );
  for (let i = 0; i < words.length; i++) {
    const flag = words[i] as string;
    if (flag === "-h" || flag === "--help") return { kind: "help" };
    if (flag === "-V" || flag === "--version") return { kind: "version" };
    if (flag === "--no-auth" || flag === "--cors") {
      if (flag === "--cors") args.cors = true;
      else args.auth = false;
      continue;
    }
    const value = words[++i];
    if (Object.hasOwn(NUMBERS, flag)) {
      const [key, min, max] = NUMBERS[flag as keyof typeof NUMBERS];
      const n = integer(flag, value, min, max);
      if (typeof n === "string") return { kind: "error", message: n };
      args[key] = n;
    } else if (flag === "--fault") {
      const spec = fault(value);
      if (typeof spec === "string") return { kind: "error", message: spec };
      args.faults.push(spec);
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
