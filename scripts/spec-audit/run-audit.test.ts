import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../repo-root.js";
import { formatDisagreement } from "./audit.js";
import { runAudit, sdkDevicesDir } from "./run-audit.js";

describe("the spec against the official SDK's Devices types", () => {
  const report = runAudit({
    specFile: join(REPO_ROOT, "spec/dist/openapi.json"),
    deviationsFile: join(REPO_ROOT, "spec/audit-deviations.yaml"),
    sdkDir: sdkDevicesDir(),
  });

  it("pairs every SDK method with an operation", () => {
    expect(report.sdkMethods).toBe(report.specOperations);
  });

  it("disagrees nowhere but where spec/audit-deviations.yaml says why", () => {
    expect(report.unlisted.map(formatDisagreement)).toEqual([]);
  });

  it("lists no deviation that no longer occurs", () => {
    expect(report.stale).toEqual([]);
  });
});
