import { isClean, type VerifyReport } from "./verify-report.js";

/**
 * The report as a user reads it: a summary, then every disagreement (operationId, JSON pointer,
 * what the spec says, and the request), every failed call and every skipped operation.
 */
export function formatReport(report: VerifyReport): string {
  const answers = Object.values(report.checked).reduce((sum, n) => sum + n, 0);
  const operations = Object.keys(report.checked).length;
  const lines = [`Checked ${answers} answer(s) of ${operations} read-only operation(s).`];
  const { disagreements, failures, skipped } = report;
  if (disagreements.length > 0) {
    lines.push("", `${disagreements.length} disagreement(s) with the spec:`);
    for (const d of disagreements) {
      lines.push(`  ${d.operationId} ${d.pointer || "/"}: ${d.message}`);
      lines.push(`    GET ${d.request} -> ${d.status}`);
    }
  }
  if (failures.length > 0) {
    lines.push("", `${failures.length} call(s) failed:`);
    for (const f of failures) {
      const status = f.status === undefined ? "no answer" : String(f.status);
      lines.push(`  ${f.operationId}: ${f.message}`, `    GET ${f.request} -> ${status}`);
    }
  }
  if (skipped.length > 0) {
    lines.push("", `${skipped.length} operation(s) not called:`);
    for (const s of skipped) lines.push(`  ${s.operationId}: ${s.reason}`);
  }
  lines.push(
    "",
    isClean(report)
      ? "Every answer agrees with the spec."
      : "The answers above disagree with the spec or could not be checked; `--json` gives a report to attach to a bug.",
  );
  return `${lines.join("\n")}\n`;
}

/** The report as one JSON document: `ok`, then what `formatReport` prints. */
export function reportJson(report: VerifyReport): string {
  return `${JSON.stringify({ ok: isClean(report), ...report }, null, 2)}\n`;
}
