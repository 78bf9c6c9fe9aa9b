import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");

interface DryRunTask {
  taskId: string;
  environmentVariables: { configured: string[]; passthrough: string[] | null };
}

/** The variables turbo hands the spec's test task, as its own dry run reports them. */
function variablesOfSpecTests(env: Record<string, string>): string[] {
  const out = execFileSync(
    join(ROOT, "node_modules/.bin/turbo"),
    ["run", "test", "--filter=@zt-devices/spec", "--dry=json"],
    {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, ...env, TURBO_TELEMETRY_DISABLED: "1", DO_NOT_TRACK: "1" },
    },
  );
  const tasks = (JSON.parse(out) as { tasks: DryRunTask[] }).tasks;
  const task = tasks.find((t) => t.taskId === "@zt-devices/spec#test");
  if (!task) throw new Error("turbo's dry run has no @zt-devices/spec#test task");
  const { configured, passthrough } = task.environmentVariables;
  return [...configured, ...(passthrough ?? [])].map((entry) => entry.split("=")[0] as string);
}

describe("turbo", () => {
  // turbo runs tasks in strict env mode: a variable no task declares never reaches its tests.
  it("hands ZT_SEEDS_DIR to the spec's tests", { timeout: 60_000 }, () => {
    expect(variablesOfSpecTests({ ZT_SEEDS_DIR: "/nonexistent/seeds" })).toContain("ZT_SEEDS_DIR");
  });
});
