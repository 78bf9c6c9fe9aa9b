import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { OpenApiDocument } from "../../model/document.js";
import { readModel } from "../../model/read-model.js";
import { lineCount, MAX_MODULE_LINES } from "../../module-size.js";
import { emitCliCommands } from "./emit-cli-commands.js";

const repo = join(import.meta.dirname, "../../..");
const read = (path: string) => readFileSync(join(repo, path), "utf8");
const fixture = () =>
  readModel(parse(read("spec/fixtures/cli/devices.yaml")) as unknown as OpenApiDocument);
const realSpec = () =>
  readModel(JSON.parse(read("spec/dist/openapi.json")) as unknown as OpenApiDocument);
const tooLong = (files: readonly { path: string; contents: string }[], max: number) =>
  files.filter((f) => lineCount(f.contents) > max).map((f) => f.path);
const operationIds = (files: readonly { contents: string }[]) =>
  files.flatMap((f) => [...f.contents.matchAll(/"operationId": "(\w+)"/g)].map((m) => m[1])).sort();

describe("group modules", () => {
  it(`keeps every module of the real spec within ${MAX_MODULE_LINES} lines, each command in one`, () => {
    const { files } = emitCliCommands(realSpec());
    expect(tooLong(files, MAX_MODULE_LINES)).toEqual([]);
    const ids = operationIds(files);
    expect(ids).toHaveLength(74);
    expect(new Set(ids).size).toBe(74);
    expect(files.map((f) => f.path)).toEqual(
      expect.arrayContaining([
        "packages/cli/src/commands/policies.gen.ts",
        "packages/cli/src/commands/policies/custom.gen.ts",
        "packages/cli/src/commands/policies/default/excludes.gen.ts",
      ]),
    );
  });

  it("loads a sub-group only when named: its module is reached by import(), never statically", () => {
    const { files } = emitCliCommands(realSpec());
    const policies = files.find((f) => f.path === "packages/cli/src/commands/policies.gen.ts");
    expect(policies?.contents).toContain(`load: () => import("./policies/custom.gen.js")`);
    for (const file of files.filter((f) => f.path.includes("/commands/"))) {
      for (const [, target] of file.contents.matchAll(/^import \{[^}]*\} from "(\.[^"]+)";$/gm)) {
        if ((target as string).endsWith("/define-group.js")) continue;
        const imported = files.find((f) =>
          f.path.endsWith((target as string).slice(1).replace(/\.js$/, ".ts")),
        );
        expect(imported?.contents, `${file.path} imports ${target}`).toContain(
          "export const command =",
        );
      }
    }
  });

  it("moves the longest commands of a group to modules of their own when it runs over the limit", () => {
    const whole = emitCliCommands(fixture()).files;
    const { files } = emitCliCommands(fixture(), { maxLines: 70 });
    expect(tooLong(whole, 70)).not.toEqual([]);
    expect(tooLong(files, 70)).toEqual([]);
    expect(operationIds(files)).toEqual(operationIds(whole));
    const posture = files.find((f) => f.path === "packages/cli/src/commands/posture.gen.ts");
    expect(posture?.contents).toContain(
      `import { command as createCommand } from "./posture/create.gen.js";`,
    );
    expect(posture?.contents).toContain(`"create": createCommand,`);
    const create = files.find((f) => f.path === "packages/cli/src/commands/posture/create.gen.ts");
    expect(create?.contents).toContain(`import type { CommandEntry } from "../command-spec.js";`);
    expect(create?.contents).toContain(`"operationId": "createPostureRule"`);
  });

  it("emits a command, or a group, that cannot fit in a module as short as it gets", () => {
    // A foreign spec's operation can take more flags than a module holds: it is emitted all the
    // same, alone in its module, rather than refused.
    const lines = (files: readonly { path: string; contents: string }[], path: string) =>
      lineCount(files.find((f) => f.path === path)?.contents ?? "");
    const narrow = emitCliCommands(fixture(), { maxLines: 40 }).files;
    expect(lines(narrow, "packages/cli/src/commands/posture/create.gen.ts")).toBe(63);
    expect(operationIds(narrow)).toEqual(operationIds(emitCliCommands(fixture()).files));
    const narrower = emitCliCommands(fixture(), { maxLines: 12 }).files;
    expect(lines(narrower, "packages/cli/src/commands/devices.gen.ts")).toBe(14);
    expect(narrower.map((f) => f.path)).toContain(
      "packages/cli/src/commands/devices/revoke.gen.ts",
    );
  });
});
