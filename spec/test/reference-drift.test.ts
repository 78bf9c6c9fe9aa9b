import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findReferenceDocument } from "../scripts/reference-document.js";
import {
  extractReference,
  parseReferenceExtract,
  REFERENCE_EXTRACT,
  readReferenceExtract,
  serializeReferenceExtract,
} from "../scripts/reference-extract.js";
import { operationKey } from "./_operation-coverage.js";

// The one test that reads the reference document itself, when it is at hand; elsewhere it is skipped,
// saying so, and the fidelity test still runs on the committed extract.
const found = findReferenceDocument();
if (found.path === undefined) console.log(`reference drift: skipped, ${found.reason}`);

describe("the committed reference extract", () => {
  it.skipIf(found.path === undefined)(
    found.path === undefined
      ? `matches the reference document: skipped, ${found.reason}`
      : `matches the reference document ${found.path}`,
    () => {
      const text = readFileSync(found.path as string, "utf8");
      const written = serializeReferenceExtract(extractReference(text, found.file as string));
      // Both sides read back from their written form, so key order cannot tell them apart.
      const fresh = parseReferenceExtract(written);
      const committed = readReferenceExtract();
      const refresh = "run `pnpm reference:extract` to refresh spec/reference/api-reference.json";
      const byKey = (ops: typeof fresh.operations) =>
        new Map(ops.map((op) => [operationKey(op.method, op.path), JSON.stringify(op)]));
      const [now, then] = [byKey(fresh.operations), byKey(committed.operations)];
      const drifted = [...new Set([...now.keys(), ...then.keys()])].filter(
        (key) => now.get(key) !== then.get(key),
      );
      expect(drifted, `operations that differ from the document; ${refresh}`).toEqual([]);
      expect(committed.source, refresh).toEqual(fresh.source);
      expect(readFileSync(REFERENCE_EXTRACT, "utf8"), refresh).toBe(written);
    },
  );
});
