import { join } from "node:path";
import { REPO_ROOT } from "../repo-root.js";
import { formatDisagreement } from "./audit.js";
import { runAudit, sdkDevicesDir } from "./run-audit.js";

// `pnpm spec:audit`: prints every disagreement between the bundled spec and the SDK's Devices types,
// marks the deliberate ones, and exits 1 on any unlisted disagreement or stale deviation.
const report = runAudit({
  specFile: join(REPO_ROOT, "spec/dist/openapi.json"),
  deviationsFile: join(REPO_ROOT, "spec/audit-deviations.yaml"),
  sdkDir: sdkDevicesDir(),
});
const unlisted = new Set(report.unlisted);
for (const d of report.found) {
  console.log(`${unlisted.has(d) ? "DISAGREES" : "deviation"}  ${formatDisagreement(d)}`);
}
for (const s of report.stale)
  console.log(`STALE      ${s} (listed in spec/audit-deviations.yaml, no longer occurs)`);
console.log(
  `spec:audit: ${report.specOperations} operations, ${report.sdkMethods} SDK methods; ` +
    `${report.found.length} disagreements, ${report.found.length - report.unlisted.length} deliberate, ` +
    `${report.unlisted.length} unlisted, ${report.stale.length} stale deviations`,
);
process.exitCode = report.unlisted.length > 0 || report.stale.length > 0 ? 1 : 0;
