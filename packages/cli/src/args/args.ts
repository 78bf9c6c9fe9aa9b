import type { FlagType } from "../commands/command-spec.js";
import { closest } from "./closest.js";
import { UsageError } from "./usage-error.js";

/** What the parser needs to know of an option. */
export interface ArgSpec {
  /** The option without dashes: `per-page`. */
  readonly flag: string;
  readonly type: FlagType;
  readonly array?: true;
  readonly enum?: readonly (string | number)[];
  /** A one-letter alias: `y` for `-y`. */
  readonly short?: string;
}

/** Parsed options by flag name (arrays for repeated ones) and the arguments that are not options. */
export interface ParsedArgs {
  readonly values: Record<string, unknown>;
  readonly positionals: string[];
}

/**
 * Parses command-line arguments against the options a command takes: `--flag value`,
 * `--flag=value`, `--switch`/`--no-switch` (or `--switch false`), repeated options for arrays, `-x` aliases, and `--`
 * to end options. Numbers are parsed, enums checked; JSON options keep their text (`@file`, `-`)
 * for the caller to read. Anything wrong throws a `UsageError` naming the option.
 *
 * @example
 * parseArgs(["--per-page", "50", "--id", "a", "--id", "b"], [
 *   { flag: "per-page", type: "number" },
 *   { flag: "id", type: "string", array: true },
 * ]); // { values: { "per-page": 50, id: ["a", "b"] }, positionals: [] }
 */
export function parseArgs(argv: readonly string[], specs: readonly ArgSpec[]): ParsedArgs {
  const byFlag = new Map(specs.map((s) => [s.flag, s]));
  const byShort = new Map(specs.filter((s) => s.short).map((s) => [s.short as string, s]));
  // Without a prototype: an option named `constructor` (a foreign spec's parameter) is absent
  // until given, not Object's.
  const values: Record<string, unknown> = Object.create(null);
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (/^-[A-Za-z]$/.test(arg)) {
      const spec = byShort.get(arg.slice(1));
      if (!spec) throw new UsageError(`unknown option ${arg}`);
      if (spec.type !== "boolean") {
        i += 1;
        store(values, spec, takeValue(argv[i], `-${spec.short}`));
      } else store(values, spec, true);
      continue;
    }
    if (!arg.startsWith("--") || arg.length === 2) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    const inline = eq === -1 ? undefined : arg.slice(eq + 1);
    const spec = byFlag.get(name);
    const negated = !spec && name.startsWith("no-") ? byFlag.get(name.slice(3)) : undefined;
    if (negated) {
      if (negated.type !== "boolean")
        throw new UsageError(`--${name}: --${negated.flag} takes a value, it is not a switch`);
      if (inline !== undefined) throw new UsageError(`--${name} takes no value`);
      store(values, negated, false);
      continue;
    }
    if (!spec) throw new UsageError(`unknown option --${name}${suggest(name, specs)}`);
    if (spec.type === "boolean") {
      // `--enabled false` reads as people write it; nothing else can follow a switch as a value.
      const next =
        inline === undefined && (argv[i + 1] === "true" || argv[i + 1] === "false")
          ? argv[++i]
          : undefined;
      store(values, spec, parseBoolean(inline ?? next ?? "true", name));
      continue;
    }
    if (inline === undefined) i += 1;
    store(values, spec, inline ?? takeValue(argv[i], `--${name}`));
  }
  return { values, positionals };
}

// A following option is a forgotten value, not the value: `--name --json` fails here.
function takeValue(next: string | undefined, option: string): string {
  if (next === undefined || (next.startsWith("--") && next.length > 2)) {
    throw new UsageError(`${option} needs a value`);
  }
  return next;
}

function store(values: Record<string, unknown>, spec: ArgSpec, raw: string | boolean): void {
  const value = typeof raw === "boolean" ? raw : convert(spec, raw);
  const previous = values[spec.flag];
  if (spec.array) {
    values[spec.flag] = [...((previous as unknown[] | undefined) ?? []), value];
  } else if (previous !== undefined) {
    throw new UsageError(`--${spec.flag} was given more than once`);
  } else {
    values[spec.flag] = value;
  }
}

function convert(spec: ArgSpec, raw: string): unknown {
  const option = `--${spec.flag}`;
  let value: string | number = raw;
  if (spec.type === "number" || spec.type === "integer") {
    value = raw.trim() === "" ? Number.NaN : Number(raw);
    if (!Number.isFinite(value)) throw new UsageError(`${option} must be a number; got "${raw}"`);
    if (spec.type === "integer" && !Number.isInteger(value)) {
      throw new UsageError(`${option} must be a whole number; got "${raw}"`);
    }
  }
  if (spec.enum && !spec.enum.includes(value)) {
    throw new UsageError(`${option} must be one of ${spec.enum.join(", ")}; got "${raw}"`);
  }
  return value;
}

function parseBoolean(raw: string, name: string): boolean {
  if (raw === "true") return true;
  if (raw === "false") return false;
  throw new UsageError(`--${name} is a switch: use --${name} or --no-${name}; got "${raw}"`);
}

function suggest(name: string, specs: readonly ArgSpec[]): string {
  const near = closest(
    name,
    specs.map((s) => s.flag),
  );
  return near ? ` (did you mean --${near}?)` : "";
}
