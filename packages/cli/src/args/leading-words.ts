import { GLOBAL_OPTIONS } from "./global-options.js";

const TAKES_VALUE = new Set(
  GLOBAL_OPTIONS.filter((o) => o.type !== "boolean").map((o) => `--${o.flag}`),
);

/**
 * Splits arguments into the command words (`posture`, `integrations`, `list`) and the rest.
 * Words are the bare arguments before the first option that is not global, so global options
 * may come first (`zt-devices --mock posture list`) while a command's option values
 * (`--name Disk`) are never taken for words.
 *
 * @example
 * leadingWords(["--mock", "posture", "get", "--rule-id", "r1"]);
 * // { words: ["posture", "get"], rest: ["--mock", "--rule-id", "r1"] }
 */
export function leadingWords(argv: readonly string[]): { words: string[]; rest: string[] } {
  const words: string[] = [];
  const rest: string[] = [];
  let collecting = true;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--") {
      rest.push(...argv.slice(i));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      (collecting ? words : rest).push(arg);
      continue;
    }
    rest.push(arg);
    if (TAKES_VALUE.has(arg) && i + 1 < argv.length) {
      rest.push(argv[i + 1] as string);
      i += 1;
    } else if (!isGlobal(arg)) {
      collecting = false;
    }
  }
  return { words, rest };
}

function isGlobal(arg: string): boolean {
  const name = arg.startsWith("--") ? arg.slice(2).split("=")[0] : undefined;
  if (name === undefined) return arg === "-h" || arg === "-y" || arg === "-V";
  return (
    name === "version" || GLOBAL_OPTIONS.some((o) => o.flag === name || `no-${o.flag}` === name)
  );
}
