import { spawnSync } from "node:child_process";
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
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { bundleGenerate } from "./bundle-generate.js";
import { parseArgs } from "./generate/parse-args.js";

const repo = join(import.meta.dirname, "..");
const work = mkdtempSync(join(tmpdir(), "zt-generate-"));
// The command as the packages' `generate` scripts run it: the bundle `pnpm build` makes, built
// here from the sources under test (inside scripts/, so that it finds the same dependencies).
const bundle = join(import.meta.dirname, ".tmp", `generate-${process.pid}`);
// A spec with operations but no 200 examples, which every generator takes, and the same spec with a
// TRACE operation, which the validators generator takes and the mocks generator refuses (msw cannot
// serve TRACE).
const fixtureSpec = join(work, "spec.json");
const traceSpec = join(work, "trace-spec.json");
beforeAll(async () => {
  const spec = parse(readFileSync(join(repo, "spec/fixtures/validators/operations.yaml"), "utf8"));
  writeFileSync(fixtureSpec, JSON.stringify(spec));
  spec.paths["/accounts/{account_id}/devices"].trace = {
    operationId: "traceDevices",
    responses: { "200": { description: "The request as the server received it." } },
  };
  writeFileSync(traceSpec, JSON.stringify(spec));
  await bundleGenerate(bundle);
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(bundle, { recursive: true, force: true });
});

function generate(...args: string[]) {
  return spawnSync(process.execPath, [join(bundle, "generate.js"), ...args], {
    cwd: repo,
    encoding: "utf8",
  });
}

describe("parseArgs", () => {
  it("takes packages in build order, `all`, and the options", () => {
    expect(parseArgs(["cli", "types"])).toMatchObject({ names: ["types", "cli"], check: false });
    expect(parseArgs(["all", "--check"])).toMatchObject({
      names: ["types", "client", "validators", "mocks", "cli"],
      check: true,
    });
    expect(parseArgs(["mocks", "--spec", "a.json", "--out", "out"])).toMatchObject({
      names: ["mocks"],
      spec: resolve("a.json"),
      out: resolve("out"),
    });
  });

  it("says what is wrong with a command line", () => {
    expect(parseArgs([])).toBe("name a package to generate");
    expect(parseArgs(["typess"])).toBe(
      'unknown package "typess" (known: types, client, validators, mocks, cli, all)',
    );
    expect(parseArgs(["all", "--spec"])).toBe("--spec needs a path");
    expect(parseArgs(["all", "--out", "--check"])).toBe("--out needs a path");
    expect(parseArgs(["all", "--fast"])).toBe("unknown option --fast");
    expect(parseArgs(["all", "--check", "--out", "x"])).toMatchObject({
      check: true,
      out: resolve("x"),
    });
  });
});

describe("generate", () => {
  it("writes every package generated from another spec under --out, in one process", () => {
    const out = join(work, "out");
    const run = generate("validators", "types", "--spec", fixtureSpec, "--out", out);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^validators: .*files \(\d+ changed\) in \d+ ms$/m);
    expect(run.stdout).toMatch(/^2 packages in \d+ ms$/m);
    expect(readdirSync(join(out, "packages")).sort()).toEqual(["types", "validators"]);
    const index = readFileSync(join(out, "packages/validators/src/operations.gen.ts"), "utf8");
    expect(index).toContain("listDevices: () =>");
  }, 60_000);

  it("writes nothing when one of the generators fails", () => {
    const out = join(work, "failed");
    const run = generate("validators", "mocks", "--spec", traceSpec, "--out", out);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      "generate failed: /paths/~1accounts~1{account_id}~1devices/trace: msw has no handler for TRACE, so the mocks cannot serve traceDevices",
    );
    expect(() => readdirSync(out)).toThrow(/ENOENT/);
  }, 60_000);

  it("gives the same files run from the sources through tsx (the worker registers tsx too)", () => {
    const fromBundle = join(work, "from-bundle");
    const fromSources = join(work, "from-sources");
    const args = ["types", "validators", "--spec", fixtureSpec, "--out"];
    expect(generate(...args, fromBundle).status).toBe(0);
    const sources = spawnSync(
      process.execPath,
      ["--import", "tsx/esm", join(import.meta.dirname, "generate.ts"), ...args, fromSources],
      { cwd: repo, encoding: "utf8" },
    );
    expect(sources.stderr).toBe("");
    const files = (dir: string) =>
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => {
          const path = join(entry.parentPath, entry.name);
          return [path.slice(dir.length), readFileSync(path, "utf8")];
        })
        .sort();
    expect(files(fromSources)).toEqual(files(fromBundle));
  }, 60_000);

  it("writes nothing when the generators fail in both threads, and says why", () => {
    // The types generator runs in the worker, the client's in the main thread: both read the model,
    // which refuses a schema that is a reference to itself, naming where it is.
    const spec = JSON.parse(readFileSync(join(repo, "spec/dist/openapi.json"), "utf8"));
    spec.components.schemas.Broken = { $ref: "#/components/schemas/Broken" };
    const file = join(work, "bad-types.json");
    writeFileSync(file, JSON.stringify(spec));
    const out = join(work, "bad-types");
    const run = generate("types", "client", "--spec", file, "--out", out);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      "generate failed: /components/schemas/Broken: $ref #/components/schemas/Broken is a cycle of references",
    );
    expect(() => readdirSync(out)).toThrow(/ENOENT/);
  }, 60_000);

  it("says where a schema openapi-typescript cannot read is, and writes nothing", () => {
    const spec = JSON.parse(readFileSync(join(repo, "spec/dist/openapi.json"), "utf8"));
    spec.components.schemas.Broken = { allOf: 5 };
    const file = join(work, "bad-all-of.json");
    writeFileSync(file, JSON.stringify(spec));
    const out = join(work, "bad-all-of");
    const run = generate("types", "--spec", file, "--out", out);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      "generate failed: #/components/schemas/Broken/allOf must be an array of schemas\n",
    );
    expect(() => readdirSync(out)).toThrow(/ENOENT/);
  }, 60_000);

  it("reports a schema the validators cannot be generated from, and writes nothing", () => {
    const spec = parse(
      readFileSync(join(repo, "spec/fixtures/validators/operations.yaml"), "utf8"),
    );
    // openapi-typescript takes a string's maxLength as it is; the validators generator refuses it.
    spec.components.schemas.Name = { type: "string", maxLength: "ten" };
    const file = join(work, "bad-name.json");
    writeFileSync(file, JSON.stringify(spec));
    const out = join(work, "bad-name");
    const run = generate("types", "validators", "--spec", file, "--out", out);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      "generate failed: the schema #/components/schemas/Name is invalid: /maxLength must be a non-negative integer\n",
    );
    expect(() => readdirSync(out)).toThrow(/ENOENT/);
  }, 60_000);

  it("exits 2 with the usage on a bad command line, 1 on an unreadable spec", () => {
    const bad = generate("all", "--fast");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("generate: unknown option --fast\nusage: generate <");
    const missing = generate("all", "--spec", join(work, "missing.json"));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain(`cannot read the bundled spec ${join(work, "missing.json")}`);
    expect(missing.stdout).toBe("");
    expect(missing.stderr).not.toContain("@zt-devices/spec bundle");
  }, 60_000);
});

describe("generate --check", () => {
  // A copy of the generated files of two packages (one with nested folders), made from the bundled
  // spec, then edited the ways a checkout goes stale.
  const copy = join(work, "copy");
  const spec = join(repo, "spec/dist/openapi.json");
  const edited = "packages/client/src/resources.gen.ts";
  const deleted = "packages/validators/src/schemas/device.gen.ts";
  const extra = "packages/validators/src/schemas/retired-rule.gen.ts";
  const check = () => generate("client", "validators", "--check", "--spec", spec, "--out", copy);
  beforeAll(() => {
    const made = generate("client", "validators", "--spec", spec, "--out", copy);
    expect(made.stderr).toBe("");
    expect(existsSync(join(copy, edited))).toBe(true);
    expect(existsSync(join(copy, deleted))).toBe(true);
  }, 60_000);
  const restore = () => {
    expect(generate("client", "validators", "--spec", spec, "--out", copy).status).toBe(0);
  };

  it("passes on files just generated", () => {
    const run = check();
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/^client: \d+ generated files match the spec/m);
    expect(run.stdout).toMatch(/^validators: \d+ generated files match the spec/m);
    expect(run.status).toBe(0);
  }, 60_000);

  it("fails on a file edited by hand, naming it and the line", () => {
    const path = join(copy, edited);
    writeFileSync(path, readFileSync(path, "utf8").replace("Do not edit.", "Edited."));
    const run = check();
    restore();
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("client: 1 of 1 generated files differ from what the spec gives:");
    expect(run.stderr).toContain(`  ${edited}: 1 lines differ`);
    // A long line is cut short in the report, as the header naming a generator's path may be.
    expect(run.stderr).toMatch(
      /^ {4}line 1:\n {6}- .*Edited\.\n {6}\+ .*Do not(?: edit\.|\.\.\.)$/m,
    );
    expect(run.stderr).toContain("run `pnpm generate` and commit the result");
    expect(run.stdout).toMatch(/^validators: \d+ generated files match the spec/m);
  }, 60_000);

  it("fails on a missing file, naming it", () => {
    rmSync(join(copy, deleted));
    const run = check();
    restore();
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      new RegExp(`^  ${deleted}: missing \\(would be created, \\d+ lines\\)$`, "m"),
    );
  }, 60_000);

  it("fails on a *.gen.ts file no generator writes any more, and `generate` deletes it", () => {
    writeFileSync(join(copy, extra), "// Generated by an older generator.\n");
    mkdirSync(join(copy, "packages/validators/src/schemas/old"));
    const nested = "packages/validators/src/schemas/old/rule.gen.ts";
    writeFileSync(join(copy, nested), "");
    const handWritten = "packages/validators/src/schemas/notes.ts";
    writeFileSync(join(copy, handWritten), "");
    const run = check();
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      [
        "validators: 2 .gen.ts files are no longer generated:",
        `  ${nested}: no longer generated (would be removed)`,
        `  ${extra}: no longer generated (would be removed)`,
        "run `pnpm generate` and commit the result",
        "",
      ].join("\n"),
    );
    expect(existsSync(join(copy, extra))).toBe(true);

    const write = generate("client", "validators", "--spec", spec, "--out", copy);
    expect(write.status).toBe(0);
    expect(write.stdout).toMatch(/^validators: .* files \(0 changed, 2 removed\) in \d+ ms$/m);
    expect(existsSync(join(copy, extra))).toBe(false);
    expect(existsSync(join(copy, nested))).toBe(false);
    expect(existsSync(join(copy, handWritten))).toBe(true);
    expect(check().status).toBe(0);
  }, 60_000);
});
