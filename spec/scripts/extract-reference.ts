/**
 * Refreshes `spec/reference/api-reference.json` from Cloudflare's API reference document:
 * `pnpm reference:extract` (the document in `ZT_SEEDS_DIR`, or in `../shared/seeds` beside the
 * repository). Writing the same document twice gives the same bytes.
 */
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { relative } from "node:path";
import { findReferenceDocument } from "./reference-document.js";
import {
  extractReference,
  REFERENCE_EXTRACT,
  serializeReferenceExtract,
} from "./reference-extract.js";

try {
  const found = findReferenceDocument();
  if (found.path === undefined) throw new Error(found.reason);
  const extract = extractReference(readFileSync(found.path, "utf8"), found.file);
  const text = serializeReferenceExtract(extract);
  // Written beside the target, then renamed over it, so a failure never leaves half a file.
  writeFileSync(`${REFERENCE_EXTRACT}.tmp`, text);
  renameSync(`${REFERENCE_EXTRACT}.tmp`, REFERENCE_EXTRACT);
  const where = relative(process.cwd(), REFERENCE_EXTRACT);
  console.log(`${where}: ${extract.operations.length} operations from ${found.path}`);
} catch (error) {
  console.error(`reference:extract: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
