import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { auditSpec, type Disagreement } from "./audit.js";
import { type AuditVerdict, judgeAudit, parseDeviations } from "./deviations.js";
import { readSdkMethods } from "./sdk-methods.js";
import { readSpecOperations } from "./spec-operations.js";

/** The Devices resources of the `cloudflare` package this workspace depends on. */
export function sdkDevicesDir(): string {
  // The package exports no `./package.json`; its main module sits at its root.
  const root = dirname(createRequire(import.meta.url).resolve("cloudflare"));
  return join(root, "resources/zero-trust/devices");
}

/** Where the audit reads from: the bundled spec, the deviation list and the SDK's Devices folder. */
export interface AuditInputs {
  specFile: string;
  deviationsFile: string;
  sdkDir: string;
}

/** Every disagreement, and the verdict once the deviation list is applied. */
export interface AuditReport extends AuditVerdict {
  found: Disagreement[];
  sdkMethods: number;
  specOperations: number;
}

/** Runs the audit of the spec against the SDK's types. */
export function runAudit(inputs: AuditInputs): AuditReport {
  const methods = readSdkMethods(inputs.sdkDir);
  const operations = readSpecOperations(JSON.parse(readFileSync(inputs.specFile, "utf8")));
  const found = auditSpec(methods, operations);
  const verdict = judgeAudit(found, parseDeviations(readFileSync(inputs.deviationsFile, "utf8")));
  return { ...verdict, found, sdkMethods: methods.length, specOperations: operations.length };
}
