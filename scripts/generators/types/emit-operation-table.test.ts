import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  readOperationEntry,
  scopeParameterOf,
} from "../../../packages/types/src/operation-entry.js";
import { readBundledSpec } from "../../generate/read-bundled-spec.js";
import type { OpenApiDocument } from "../../model/document.js";
import { readModel } from "../../model/read-model.js";
import { SCOPE_PARAMETERS } from "../../model/scope.js";
import { emitOperationTable, transformOperationEntry } from "./emit-operation-table.js";

const repo = join(import.meta.dirname, "../../..");
const fixture = parse(
  readFileSync(join(repo, "spec/fixtures/mocks/devices.yaml"), "utf8"),
) as OpenApiDocument;
const modelOp = (id: string) => {
  const op = readModel(fixture).operations.find((o) => o.id === id);
  if (!op) throw new Error(`fixture has no ${id}`);
  return op;
};

describe("transformOperationEntry", () => {
  it.each([
    {
      given: "getDefaultSplitTunnelExcludes",
      want: '  getDefaultSplitTunnelExcludes: ["policies.default.excludes.get", "GET", "/accounts/{account_id}/devices/policy/exclude"],',
    },
    {
      given: "setDefaultSplitTunnelExcludes",
      want: '  setDefaultSplitTunnelExcludes: ["policies.default.excludes.set", "PUT", "/accounts/{account_id}/devices/policy/exclude", "b"],',
    },
    {
      given: "updateDeviceSettingsPolicy",
      want: '  updateDeviceSettingsPolicy: ["policies.custom.update", "PATCH", "/accounts/{account_id}/devices/policy/{policy_id}", "bo"],',
    },
    { given: "listPhysicalDevices", want: /, "c"\],$/ },
    { given: "listDexTests", want: /, "p"\],$/ },
    {
      given: "getFleetStatusLive",
      want: /"\/accounts\/\{account_id\}\/dex\/devices\/\{device_id\}\/fleet-status\/live", "e"\],$/,
    },
  ])("$given", ({ given, want }) => {
    const line = transformOperationEntry(modelOp(given));
    if (typeof want === "string") expect(line).toBe(want);
    else expect(line).toMatch(want);
  });
});

describe("emitOperationTable", () => {
  it("lists every operation once, in path order, whatever the order of the spec", () => {
    const text = emitOperationTable(readModel(fixture));
    const ids = [...text.matchAll(/^ {2}(\w+): \[/gm)].map((m) => m[1]);
    expect(ids.sort()).toEqual(
      readModel(fixture)
        .operations.map((op) => op.id)
        .sort(),
    );
    const reversed = {
      ...fixture,
      paths: Object.fromEntries(Object.entries(fixture.paths).reverse()),
    };
    expect(emitOperationTable(readModel(reversed))).toBe(text);
    expect(text).toContain("} as const satisfies OperationTable;");
    expect(text).toContain('import type { OperationTable } from "./operation-entry.js";');
  });
});

// What the packages read of an entry at run time is what the model says of the operation.
describe("readOperationEntry of each emitted entry of the real spec", () => {
  const model = readModel(readBundledSpec<OpenApiDocument>());
  const table = emitOperationTable(model);
  const entries = new Map(
    [...table.matchAll(/^ {2}(\w+): (\[.*\]),$/gm)].map((m) => [m[1], JSON.parse(m[2] as string)]),
  );
  it.each(model.operations.map((op) => [op.id, op] as const))("%s", (id, op) => {
    const entry = entries.get(id);
    expect(readOperationEntry(entry)).toEqual({
      name: [...op.resource, op.name].join("."),
      method: op.method.toUpperCase(),
      path: op.path,
      body: op.body !== undefined,
      optionalBody: op.body?.required === false,
      pagination: op.pagination,
      envelope: op.ok?.enveloped === true,
    });
    expect(scopeParameterOf(op.path)).toBe(op.scope && SCOPE_PARAMETERS[op.scope]);
  });
});
