import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// What an editor shows a reader of `zt.posture.list`, asked of TypeScript's language service the
// way an editor asks it: where go-to-definition lands, and where the JSDoc's link leads.
const root = join(import.meta.dirname, "..");
const probe = join(root, "test/click-through.probe.ts");
const PROBE = `import { createClient } from "../src/index.js";
const zt = createClient();
void zt.posture.list;
`;

function languageService(): ts.LanguageService {
  const { options } = ts.convertCompilerOptionsFromJson(
    { strict: true, module: "NodeNext", moduleResolution: "NodeNext", target: "ES2022" },
    root,
  );
  const read = (file: string) => (file === probe ? PROBE : ts.sys.readFile(file));
  return ts.createLanguageService({
    getScriptFileNames: () => [probe],
    getScriptVersion: () => "1",
    getScriptSnapshot: (file) => {
      const text = read(file);
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => root,
    getCompilationSettings: () => options,
    getDefaultLibFileName: ts.getDefaultLibFilePath,
    fileExists: (file) => file === probe || ts.sys.fileExists(file),
    readFile: read,
  });
}

function textAt(file: string, span: ts.TextSpan, length = span.length): string {
  return (ts.sys.readFile(file) ?? "").slice(span.start, span.start + length);
}

describe("from zt.posture.list to the operation it calls", () => {
  const service = languageService();
  const at = PROBE.indexOf("posture.list") + "posture.l".length;

  it("go-to-definition lands on the method, whose JSDoc names the operationId, method and path", () => {
    const [definition] = service.getDefinitionAtPosition(probe, at) ?? [];
    expect(definition?.fileName).toBe(join(root, "src/resources.gen.ts"));
    expect(
      textAt(definition?.fileName ?? "", definition?.textSpan ?? { start: 0, length: 0 }),
    ).toBe("list");
    const doc = ts.displayPartsToString(service.getQuickInfoAtPosition(probe, at)?.documentation);
    expect(doc).toContain("listPostureRules");
    expect(doc).toContain("`GET /accounts/{account_id}/devices/posture`");
  });

  // The table is @zt-devices/types' (`operationTable`, shared with the mocks, the CLI and the
  // validators): the link lands on its declaration there, as an installed package has it.
  it("the JSDoc's link leads to the operation's entry in the shared operation table", () => {
    const parts = service.getQuickInfoAtPosition(probe, at)?.documentation ?? [];
    const link = parts.find((part) => part.kind === "linkName") as
      | ts.JSDocLinkDisplayPart
      | undefined;
    const target = link?.target;
    expect(target?.fileName).toMatch(/\/@zt-devices\/types\/dist\/cjs\/operations\.gen\.d\.ts$/);
    expect(
      textAt(target?.fileName ?? "", target?.textSpan ?? { start: 0, length: 0 }, 108),
    ).toMatch(
      /^readonly listPostureRules: readonly \["posture\.list", "GET", "\/accounts\/\{account_id\}\/devices\/posture"\]/,
    );
  });
});
