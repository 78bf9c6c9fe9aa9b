import { operationTable, readOperationEntry } from "@zt-devices/types/operations";
import { describe, expect, it } from "vitest";
import { createClient } from "../src/client.js";

describe("the client's methods", () => {
  it("are the shared operation table's, each at its entry's dotted name", () => {
    const zt = createClient({ apiToken: "tok" }) as unknown as Record<string, unknown>;
    for (const entry of Object.values(operationTable)) {
      const { name } = readOperationEntry(entry);
      const method = name.split(".").reduce<unknown>((node, key) => (node as never)[key], zt);
      expect(typeof method, name).toBe("function");
    }
    const leaves = (node: object): number =>
      Object.values(node).reduce<number>(
        (n, v) => n + (typeof v === "function" ? 1 : leaves(v as object)),
        0,
      );
    expect(leaves(zt)).toBe(Object.keys(operationTable).length);
  });
});
