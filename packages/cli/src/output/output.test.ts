import { describe, expect, it } from "vitest";
import { formatResult, inferColumns } from "./output.js";

const style = { width: Number.POSITIVE_INFINITY };
const table = (result: unknown, columns?: string[]) =>
  formatResult(result, columns, { json: false, style });

describe("formatResult", () => {
  it("prints the unwrapped result as one JSON document with --json", () => {
    expect(formatResult([{ id: "a" }], ["id"], { json: true, style })).toEqual({
      stdout: '[\n  {\n    "id": "a"\n  }\n]\n',
    });
    expect(formatResult(undefined, undefined, { json: true, style })).toEqual({ stdout: "null\n" });
  });

  it("prints a list of objects as a table of the spec's columns", () => {
    expect(table([{ id: "a", name: "n", secret: "s" }], ["id", "name"])).toEqual({
      stdout: "ID  NAME\na   n\n",
    });
  });

  it("infers columns when the spec gives none", () => {
    expect(table([{ colo: "SFO", id: "a", nested: {} }]).stdout).toBe("ID  COLO\na   SFO\n");
  });

  it("prints a list of scalars one per line, an object as key-value lines", () => {
    expect(table(["a", "b"])).toEqual({ stdout: "a\nb\n" });
    expect(table({ id: "a", enabled: false })).toEqual({ stdout: "id       a\nenabled  false\n" });
  });

  it("says so on stderr when there is nothing to show", () => {
    expect(table([])).toEqual({ stdout: "", note: "No results." });
    expect(table(null)).toEqual({ stdout: "", note: "Done." });
    expect(table({})).toEqual({ stdout: "", note: "Done." });
  });
});

describe("inferColumns", () => {
  it("takes scalar fields of the first items, id and name first, at most six", () => {
    const items = [
      { a: 1, b: 2, name: "n", c: { x: 1 } },
      { d: 4, e: 5, f: 6, id: "i", g: 7 },
    ];
    expect(inferColumns(items)).toEqual(["id", "name", "a", "b", "d", "e"]);
  });
});
