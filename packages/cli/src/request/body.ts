import { UsageError } from "../args/usage-error.js";
import type { CommandSpec } from "../commands/command-spec.js";

/**
 * Builds a command's request body from its options and `--data`: body options alone make an
 * object; beside `--data` (an object) they replace its fields. Fails, naming the options, when a
 * required field is missing from both, or when options are given beside a `--data` that is not an
 * object. Returns undefined when the command takes no body, or an optional one that was not given.
 * JSON options must already be parsed (see `readJsonArgument`).
 *
 * @example
 * buildBody(postureCreate, { name: "Disk encrypted", type: "disk_encryption", input: { requireAll: true } }, undefined);
 * // { name: "Disk encrypted", type: "disk_encryption", input: { requireAll: true } }
 */
export function buildBody(
  command: Pick<CommandSpec, "flags" | "body">,
  values: Readonly<Record<string, unknown>>,
  data: { readonly value: unknown } | undefined,
): unknown {
  if (!command.body) {
    if (data) throw new UsageError("--data is not accepted: this command sends no body");
    return undefined;
  }
  const bodyFlags = command.flags.filter((f) => f.in === "body");
  const given = bodyFlags.filter((f) => values[f.flag] !== undefined);
  if (!data && given.length === 0) {
    if (!command.body.required) return undefined;
    const required = bodyFlags.filter((f) => f.required).map((f) => `--${f.flag}`);
    throw new UsageError(
      required.length > 0
        ? `missing required option${required.length > 1 ? "s" : ""} ${required.join(", ")} (or the whole body with --data)`
        : "missing --data: this command needs a body (--data @file.json, --data - for stdin, or inline JSON)",
    );
  }
  const fields = Object.fromEntries(given.map((f) => [f.name, values[f.flag]]));
  let body: unknown = fields;
  if (data) {
    const isObject =
      typeof data.value === "object" && data.value !== null && !Array.isArray(data.value);
    if (given.length > 0 && !isObject) {
      const kind = Array.isArray(data.value) ? "an array" : "not an object";
      throw new UsageError(
        `--${given[0]?.flag} cannot be combined with --data: its body is ${kind}`,
      );
    }
    body = isObject ? { ...(data.value as object), ...fields } : data.value;
  }
  if (typeof body === "object" && body !== null && !Array.isArray(body)) {
    const missing = bodyFlags.filter(
      (f) => f.required && (body as Record<string, unknown>)[f.name] === undefined,
    );
    if (missing.length > 0) {
      const names = missing.map((f) => `--${f.flag}`).join(", ");
      const fromData = data
        ? ` (or ${missing.map((f) => JSON.stringify(f.name)).join(", ")} in --data)`
        : "";
      throw new UsageError(
        `missing required option${missing.length > 1 ? "s" : ""} ${names}${fromData}`,
      );
    }
  }
  return body;
}
