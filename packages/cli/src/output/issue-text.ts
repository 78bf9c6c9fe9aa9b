import type { RequestIssue } from "@zt-devices/validators/operations";
import type { CommandSpec } from "../commands/command-spec.js";

export type { RequestIssue };

const PART: Record<string, "path" | "query" | "body"> = {
  params: "path",
  query: "query",
  body: "body",
};

function unescapePointer(segment: string): string {
  return segment.replaceAll("~1", "/").replaceAll("~0", "~");
}

/**
 * Says what is wrong in terms of the command line: a parameter or a body field given as an option
 * is named by its option (`--per-page must be >= 1`), a value inside a JSON option by the option
 * and the JSON pointer within it (`--input: /input/path is required`), anything from `--data` by
 * `--data` and the pointer into the body.
 *
 * @example
 * describeIssue({ pointer: "/body/type", keyword: "enum", message: "/body/type must be one of a, b" }, command, new Set(["type"]));
 * // "--type must be one of a, b"
 */
export function describeIssue(
  issue: RequestIssue,
  command: Pick<CommandSpec, "flags">,
  fromOptions: ReadonlySet<string>,
): string {
  const [, part = "", key, ...rest] = issue.pointer.split("/");
  const where = PART[part];
  const name = key === undefined ? undefined : unescapePointer(key);
  const flag = command.flags.find((f) => f.in === where && f.name === name);
  // A missing field is best named by its option, wherever the rest of the body came from.
  const missing = issue.keyword === "required" && rest.length === 0;
  const byOption =
    flag !== undefined && (where !== "body" || fromOptions.has(flag.name) || missing);
  if (where === "body" && !byOption) {
    // The body's own pointer, as the user wrote the JSON.
    const inner = issue.pointer.slice("/body".length);
    return `--data: ${issue.message.replace(issue.pointer, inner === "" ? "the body" : inner)}`;
  }
  if (flag && byOption) {
    if (rest.length === 0) return issue.message.replace(issue.pointer, `--${flag.flag}`);
    const inner = issue.pointer.slice(`/${part}`.length);
    return `--${flag.flag}: ${issue.message.replace(issue.pointer, inner)}`;
  }
  return issue.message;
}
