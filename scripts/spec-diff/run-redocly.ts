import { createRequire } from "node:module";
import { type ExecResult, exec } from "./exec.js";

// The CLI is a dependency of the spec package, which this package depends on.
const fromSpec = createRequire(
  createRequire(import.meta.url).resolve("@zt-devices/spec/package.json"),
);
const cli = fromSpec.resolve("@redocly/cli/bin/cli.js");

/**
 * Runs the Redocly CLI with `args` in `cwd`, where it also finds that folder's `redocly.yaml`.
 * Telemetry and update checks are turned off: building the spec must not reach the network.
 *
 * @example
 * await runRedocly(["bundle", "openapi.yaml", "--ext", "json", "-o", "dist/openapi.json"], "spec");
 */
export function runRedocly(args: readonly string[], cwd: string): Promise<ExecResult> {
  const env = {
    ...process.env,
    REDOCLY_TELEMETRY: "off",
    REDOCLY_SUPPRESS_UPDATE_NOTICE: "true",
    REDOCLY_SUPPRESS_NOTIFICATIONS: "true",
  };
  return exec(process.execPath, [cli, ...args], { cwd, env });
}
