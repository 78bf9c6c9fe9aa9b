/**
 * Prints what `pnpm build` generated and how long each step took: the counts each generator reported
 * (`packages/<name>/.generate-report.json`) and the task timings of turbo's last run summary.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "./repo-root.js";

interface Report {
  package: string;
  counts: Record<string, number>;
  files: number;
  changed: number;
  removed?: number;
  ms: number;
}

interface TurboTask {
  taskId: string;
  cache: { status: string };
  execution?: { startTime: number; endTime: number; exitCode?: number };
}

const reports: Report[] = readdirSync(join(REPO_ROOT, "packages"))
  .map((name) => join(REPO_ROOT, "packages", name, ".generate-report.json"))
  .filter(existsSync)
  .map((path) => JSON.parse(readFileSync(path, "utf8")));

const runsDir = join(REPO_ROOT, ".turbo", "runs");
const latest = existsSync(runsDir)
  ? readdirSync(runsDir)
      .filter((f) => f.endsWith(".json"))
      .map((f) => join(runsDir, f))
      .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0]
  : undefined;
const tasks: TurboTask[] = latest ? JSON.parse(readFileSync(latest, "utf8")).tasks : [];

const counts = reports.find((r) => r.package === "types")?.counts ?? {};
console.log("");
console.log(`Spec: ${counts.operations ?? "?"} operations, ${counts.schemas ?? "?"} schemas`);
console.log("Generated:");
for (const r of reports) {
  const extra = Object.entries(r.counts)
    .filter(([k]) => k !== "operations" && k !== "schemas")
    .map(([k, v]) => `${v} ${k}`);
  console.log(
    `  ${r.package.padEnd(11)} ${String(r.files).padStart(4)} files (${r.changed} changed${r.removed ? `, ${r.removed} removed` : ""}) ${[`${r.ms} ms`, ...extra].join(", ")}`,
  );
}
console.log("Steps:");
let total = 0;
for (const t of [...tasks].sort(
  (a, b) => (a.execution?.startTime ?? 0) - (b.execution?.startTime ?? 0),
)) {
  const ms = t.execution ? t.execution.endTime - t.execution.startTime : 0;
  total = Math.max(total, t.execution?.endTime ?? 0);
  const cached = t.cache.status === "HIT" ? " (cached)" : "";
  console.log(`  ${t.taskId.padEnd(40)} ${String(ms).padStart(6)} ms${cached}`);
}
if (tasks.length > 0) {
  const start = Math.min(...tasks.map((t) => t.execution?.startTime ?? Number.POSITIVE_INFINITY));
  console.log(`Total: ${total - start} ms across ${tasks.length} tasks`);
}
