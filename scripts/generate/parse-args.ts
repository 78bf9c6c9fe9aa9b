import { join, resolve } from "node:path";
import { REPO_ROOT } from "../repo-root.js";
import { GENERATOR_NAMES } from "./generate-packages.js";

/** How `scripts/generate.ts` is called. */
export const USAGE = `usage: generate <${GENERATOR_NAMES.join("|")}|all>... [--check] [--spec <file>] [--out <dir>]`;

/** What `scripts/generate.ts` is asked to do. */
export interface Options {
  names: string[];
  check: boolean;
  spec: string;
  out?: string;
}

/** The spec `pnpm --filter @zt-devices/spec bundle` writes, read unless `--spec` names another. */
export const DEFAULT_SPEC = join(REPO_ROOT, "spec/dist/openapi.json");

/** The command line, or what is wrong with it. */
export function parseArgs(args: string[]): Options | string {
  const options: Options = { names: [], check: false, spec: DEFAULT_SPEC };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === "--check") options.check = true;
    else if (arg === "--spec" || arg === "--out") {
      const value = args[++i];
      if (value === undefined || value.startsWith("--")) return `${arg} needs a path`;
      if (arg === "--spec") options.spec = resolve(value);
      else options.out = resolve(value);
    } else if (arg.startsWith("--")) return `unknown option ${arg}`;
    else if (arg === "all") options.names.push(...GENERATOR_NAMES);
    else if (GENERATOR_NAMES.includes(arg)) options.names.push(arg);
    else return `unknown package "${arg}" (known: ${GENERATOR_NAMES.join(", ")}, all)`;
  }
  if (options.names.length === 0) return "name a package to generate";
  options.names = GENERATOR_NAMES.filter((n) => options.names.includes(n));
  return options;
}
