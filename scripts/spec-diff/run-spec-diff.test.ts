import { execFile, execFileSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { runSpecDiff } from "./run-spec-diff.js";

const fixture = (name: string, side: "before" | "after") =>
  readFileSync(
    new URL(`../../spec/fixtures/spec-diff/${name}/${side}.yaml`, import.meta.url),
    "utf8",
  );

const repos: string[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) rmSync(repo, { recursive: true, force: true });
});

const identity = {
  GIT_AUTHOR_NAME: "Test",
  GIT_AUTHOR_EMAIL: "test@example.com",
  GIT_COMMITTER_NAME: "Test",
  GIT_COMMITTER_EMAIL: "test@example.com",
};
function git(repo: string, ...args: string[]): string {
  return execFileSync("git", args, {
    cwd: repo,
    env: { ...process.env, ...identity },
    encoding: "utf8",
  }).trim();
}

/** A repository whose first commit holds `spec` (file name -> text) as its spec/ folder. */
function repoWith(spec: Record<string, string>): string {
  const repo = mkdtempSync(join(tmpdir(), "spec-diff-repo-"));
  repos.push(repo);
  git(repo, "init", "--quiet", "--initial-branch=main");
  mkdirSync(join(repo, ".changeset"));
  writeFileSync(join(repo, ".changeset", "README.md"), "Changesets.\n");
  writeSpec(repo, spec);
  git(repo, "add", ".");
  git(repo, "commit", "--quiet", "-m", "Spec");
  return repo;
}
function writeSpec(repo: string, spec: Record<string, string>): void {
  mkdirSync(join(repo, "spec"), { recursive: true });
  for (const [file, text] of Object.entries(spec)) writeFileSync(join(repo, "spec", file), text);
}
function commitOther(repo: string, file: string): void {
  writeFileSync(join(repo, file), "x\n");
  git(repo, "add", file);
  git(repo, "commit", "--quiet", "-m", `Add ${file}`);
}
async function run(repo: string, ...argv: string[]): Promise<string> {
  let out = "";
  await runSpecDiff(argv, { cwd: repo, stdout: (text) => (out += text) });
  return out;
}
const drafts = (repo: string) =>
  readdirSync(join(repo, ".changeset")).filter((f) => f.startsWith("spec-"));

describe("runSpecDiff", { timeout: 30_000 }, () => {
  it("compares with the last release tag and drafts a major changeset for a removal", async () => {
    const repo = repoWith({ "openapi.yaml": fixture("breaking-operation-removed", "before") });
    git(repo, "tag", "@zt-devices/types@1.0.0");
    commitOther(repo, "later.txt");
    writeSpec(repo, { "openapi.yaml": fixture("breaking-operation-removed", "after") });
    const tagged = git(repo, "rev-parse", "@zt-devices/types@1.0.0");

    const out = await run(repo);

    const path = `.changeset/spec-${tagged.slice(0, 8)}.md`;
    expect(out).toContain(`Spec changes since @zt-devices/types@1.0.0 (${tagged.slice(0, 8)}):`);
    expect(out).toContain(
      "Breaking (1)\n  - operation updateDevice (PATCH /accounts/{account_id}/devices/{device_id}) removed",
    );
    expect(out).toContain(`Bump: major\nWrote ${path}.`);
    const draft = readFileSync(join(repo, path), "utf8");
    expect(draft).toMatch(/^---\n"@zt-devices\/cli": major\n/);
    expect(draft).toContain('"@zt-devices/validators": major\n---');
    expect(draft).toContain("- operation updateDevice");
  });

  it("compares with HEAD~1 when there is no release tag", async () => {
    const repo = repoWith({ "openapi.yaml": fixture("minor-enum-value-added", "before") });
    writeSpec(repo, { "openapi.yaml": fixture("minor-enum-value-added", "after") });
    git(repo, "commit", "--quiet", "-am", "Add pending");
    commitOther(repo, "later.txt");
    writeSpec(repo, { "openapi.yaml": fixture("minor-enum-value-added", "before") });

    const out = await run(repo, "--no-changeset");

    expect(out).toContain("Spec changes since HEAD~1");
    expect(out).toContain('value "pending" removed from schema DeviceStatus');
    expect(out).toContain("No changeset written (--no-changeset).");
    expect(drafts(repo)).toEqual([]);
  });

  it("prints JSON with --json and overwrites its own draft on a re-run", async () => {
    const repo = repoWith({ "openapi.yaml": fixture("minor-operation-added", "before") });
    writeSpec(repo, { "openapi.yaml": fixture("patch-description-changed", "after") });
    const first = JSON.parse(await run(repo, "HEAD", "--json"));
    expect(first.bump).toBe("patch");
    expect(first.base.ref).toBe("HEAD");

    writeSpec(repo, { "openapi.yaml": fixture("minor-operation-added", "after") });
    const second = JSON.parse(await run(repo, "HEAD", "--json"));
    expect(second).toMatchObject({ bump: "minor", changeset: first.changeset });
    expect(second.changes).toEqual([
      {
        class: "minor",
        kind: "operation-added",
        pointer: "/paths/~1accounts~1{account_id}~1devices~1{device_id}/delete",
        message: "operation deleteDevice (DELETE /accounts/{account_id}/devices/{device_id}) added",
      },
    ]);
    expect(drafts(repo)).toHaveLength(1);
    expect(readFileSync(join(repo, second.changeset), "utf8")).toContain(
      '"@zt-devices/types": minor',
    );
  });

  it("reports no changes and removes a draft that no longer applies", async () => {
    const repo = repoWith({ "openapi.yaml": fixture("none", "before") });
    writeSpec(repo, { "openapi.yaml": fixture("minor-operation-added", "after") });
    await run(repo, "HEAD");
    expect(drafts(repo)).toHaveLength(1);

    writeSpec(repo, { "openapi.yaml": fixture("none", "after") });
    const out = await run(repo, "HEAD");

    expect(out).toMatch(
      /^No spec changes since HEAD \([0-9a-f]{8}\)\.\nRemoved \.changeset\/spec-/,
    );
    expect(drafts(repo)).toEqual([]);
  });

  it("bundles $refs into the files beside openapi.yaml", async () => {
    const root = fixture("none", "before").replace(
      / {4}DeviceStatus:\n(?: {6}.*\n)+/,
      '    DeviceStatus:\n      $ref: "./device-status.yaml"\n',
    );
    const status = (values: string) => `type: string\nenum: [${values}]\n`;
    const repo = repoWith({
      "openapi.yaml": root,
      "device-status.yaml": status("active, inactive, revoked"),
    });
    writeSpec(repo, { "device-status.yaml": status("active, inactive") });

    const out = JSON.parse(await run(repo, "HEAD", "--json", "--no-changeset"));

    expect(out.changes.map((c: { kind: string; pointer: string }) => [c.kind, c.pointer])).toEqual([
      // Redocly names a component that is a whole file after the file.
      ["enum-value-removed", "/components/schemas/device-status/enum/2"],
    ]);
  });

  it.each([
    ["a ref that does not exist", "no-such-ref", "git ref no-such-ref does not exist"],
    ["a ref that looks like an option", "-x", "unknown option -x"],
  ])("rejects %s", async (_, ref, message) => {
    const repo = repoWith({ "openapi.yaml": fixture("none", "before") });
    await expect(run(repo, ref)).rejects.toMatchObject({
      name: "CliError",
      exitCode: 2,
      message: expect.stringContaining(message),
    });
  });

  it("exits 2 with one line when the ref has no spec", async () => {
    const repo = repoWith({ "openapi.yaml": fixture("none", "before") });
    git(repo, "rm", "--quiet", "-r", "spec");
    git(repo, "commit", "--quiet", "-m", "Drop the spec");
    writeSpec(repo, { "openapi.yaml": fixture("none", "before") });
    const tsx = fileURLToPath(new URL("../node_modules/.bin/tsx", import.meta.url));
    const entry = fileURLToPath(new URL("./main.ts", import.meta.url));

    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = execFile(tsx, [entry, "HEAD"], { cwd: repo }, (_error, _stdout, stderr) =>
        resolve({ code: child.exitCode, stderr }),
      );
    });

    expect(result).toEqual({ code: 2, stderr: "spec:diff: HEAD has no spec/ folder\n" });
  });

  it("fails with Redocly's explanation when the working tree spec does not bundle", async () => {
    const repo = repoWith({ "openapi.yaml": fixture("none", "before") });
    writeSpec(repo, {
      "openapi.yaml": fixture("none", "before").replace(
        "#/components/schemas/DeviceUpdate",
        "./missing.yaml",
      ),
    });

    const failure = run(repo, "HEAD");

    await expect(failure).rejects.toMatchObject({ exitCode: 1 });
    await expect(failure).rejects.toThrow(
      /could not bundle spec\/openapi.yaml in the working tree:[\s\S]*missing\.yaml/,
    );
    expect(existsSync(join(repo, ".changeset"))).toBe(true);
    expect(drafts(repo)).toEqual([]);
  });
});
