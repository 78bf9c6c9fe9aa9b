import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { findDeadCode } from "./_dead-code.js";

const root = join(import.meta.dirname, "..");

// Every module the validators generator wrote: the package's and the fixtures' (not the types).
function generatedModules(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return generatedModules(path);
    return entry.name.endsWith(".gen.ts") && entry.name !== "types.gen.ts" ? [path] : [];
  });
}

describe("findDeadCode", () => {
  it.each([
    ["if (!(false)) return false;", "a constant test"],
    ["  if (true) {\n    x();\n  }", "a constant test"],
    ["if (a) {\n} else {\n  b();\n}", "an empty block"],
    ["if (a) b();\nelse {  }", "an empty block"],
    ['import { used, unused } from "./m.js";\nused();', "unused is imported, not used"],
    ['import {\n  a,\n  b,\n} from "./m.js";\na({ b: 1 });', "b is imported, not used"],
    ["const value_x = [1];\nexport const f = () => 1;", "value_x is declared, never used"],
    ["function f(data) {\n  const d1 = data.a;\n  return true;\n}", "d1 is declared, never used"],
  ])("finds %j", (given, want) => {
    expect(findDeadCode(given).map((dead) => dead.problem)).toEqual([want]);
  });

  it("passes code whose every name is used", () => {
    const given = [
      'import { report } from "./r.js";',
      "const value_x = [1];",
      "export function f(data, errors) {",
      "  const d1 = data.a;",
      "  if (d1 !== 1 && report(errors, { allowedValues: value_x })) return false;",
      "  return true;",
      "}",
      "export const g = { params: {} };",
    ].join("\n");
    expect(findDeadCode(given)).toEqual([]);
  });

  it("names the line", () => {
    const given = 'import { a } from "./a.js";\n\nfunction f() {\n  if (false) a();\n}';
    expect(findDeadCode(given)).toEqual([{ line: 4, problem: "a constant test" }]);
  });
});

describe("the generated validators", () => {
  const modules = [
    ...generatedModules(join(root, "src")),
    ...generatedModules(join(root, "test/fixtures")),
  ];

  it("are all scanned", () => {
    expect(modules.length).toBeGreaterThan(200);
  });

  it("hold no dead code: no constant tests, empty blocks, unused imports or locals", () => {
    const found = modules.flatMap((path) =>
      findDeadCode(readFileSync(path, "utf8")).map(
        ({ line, problem }) => `${relative(root, path)}:${line}: ${problem}`,
      ),
    );
    expect(found).toEqual([]);
  });
});
