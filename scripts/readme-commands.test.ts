import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "./repo-root.js";

// Commands pnpm passes to npm instead of running a script of the same name (pnpm 10's list).
const NPM_PASSTHROUGH = new Set(
  "access adduser bugs deprecate dist-tag docs edit find home info issues login logout owner ping prefix profile pkg repo s se search set-script show star stars team token unpublish unstar v version view whoami xmas".split(
    " ",
  ),
);
// pnpm's own commands that take the place of a script; `test` and `start` run the script.
const PNPM_BUILTIN = new Set(
  "add audit bin config create dedupe deploy dlx doctor env exec fetch import init install licenses link list outdated pack patch prune publish rebuild remove root run setup store unlink update why".split(
    " ",
  ),
);

const readme = readFileSync(join(REPO_ROOT, "README.md"), "utf8");
const scripts = Object.keys(
  JSON.parse(readFileSync(join(REPO_ROOT, "package.json"), "utf8")).scripts,
);
const commands = [
  ...new Set([...readme.matchAll(/`pnpm ([a-z][\w:-]*)/g)].map((m) => m[1] as string)),
];

describe("the README's pnpm commands", () => {
  it("are found", () => {
    expect(commands).toContain("build");
    expect(commands.some((c) => c.startsWith("docs"))).toBe(true);
  });

  it.each(commands.filter((c) => scripts.includes(c) || NPM_PASSTHROUGH.has(c)))(
    "`pnpm %s` runs the root script of that name",
    (command) => {
      expect(NPM_PASSTHROUGH.has(command) || PNPM_BUILTIN.has(command)).toBe(false);
      expect(scripts).toContain(command);
    },
  );
});
