/**
 * Generates the packages (with the types, always) from a foreign OpenAPI document into a temporary
 * folder, beside a copy of each package's hand-written runtime, and type-checks them all in one
 * `tsc` program (each `@zt-devices/*` import mapped to the generated package's sources).
 *
 *   tsx scripts/bench/foreign-typecheck.ts <spec.json> [package...]
 *
 * Prints how long generating and type-checking took; exits non-zero when either fails.
 */
import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);
const repo = join(import.meta.dirname, "../..");
const tsc = join(dirname(require.resolve("typescript/package.json")), "bin/tsc");
const generate = join(import.meta.dirname, "../dist/generate.js");

/** Each package's entry points, as its `exports` name them, in its sources. */
const ENTRIES: Record<string, Record<string, string>> = {
  types: { "": "index.ts", "/operations": "operations.ts" },
  client: { "": "index.ts", "/validation": "validation.ts" },
  validators: { "": "index.ts", "/operations": "operations.ts" },
  // Not mapped: the mocks' entries start the stateful fake, written for the Devices API's own
  // operations. The CLI keeps the built package, as it does for the others left out.
  mocks: {},
  cli: {},
};

/**
 * What is type-checked of each package, when not its whole `src`: of the mocks, the generated route
 * table, examples and handlers (and the mock core they import), not the Devices API's behaviours.
 */
const CHECKED: Record<string, string[]> = {
  mocks: ["packages/mocks/src/*.gen.ts"],
};

/** What one check found: whether it held, the time of each step, and what failed. */
export interface ForeignCheck {
  ok: boolean;
  generateMs: number;
  typecheckMs: number;
  output: string;
}

/**
 * The packages to generate for `asked`: the types too, which every other package is checked
 * against (left out, `@zt-devices/types` would be our own spec's).
 */
export function withTypes(asked: string[]): string[] {
  return asked.includes("types") || asked.length === 0 ? asked : ["types", ...asked];
}

/** Generates `asked` (and the types) from `spec` into a temporary folder and type-checks them. */
export function checkForeignSpec(spec: string, asked: string[]): ForeignCheck {
  const packages = withTypes(asked);
  const work = mkdtempSync(join(tmpdir(), "zt-foreign-"));
  try {
    let started = performance.now();
    const generated = spawnSync(
      process.execPath,
      [generate, ...packages, "--spec", spec, "--out", work],
      {
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    const generateMs = performance.now() - started;
    if (generated.status !== 0)
      return {
        ok: false,
        generateMs,
        typecheckMs: 0,
        output: generated.stderr || generated.stdout,
      };
    const paths: Record<string, string[]> = {};
    for (const name of packages) {
      const from = join(repo, "packages", name);
      // The hand-written runtime, without tests, beside the generated files.
      cpSync(join(from, "src"), join(work, "packages", name, "src"), {
        recursive: true,
        force: false,
        filter: (source) => !/\.test(-d)?\.ts$|\.gen\.ts$/.test(source),
      });
      symlinkSync(join(from, "node_modules"), join(work, "packages", name, "node_modules"));
      writeFileSync(join(work, "packages", name, "package.json"), '{ "type": "module" }\n');
      for (const [sub, file] of Object.entries(ENTRIES[name] ?? {}))
        paths[`@zt-devices/${name}${sub}`] = [`./packages/${name}/src/${file}`];
    }
    writeFileSync(
      join(work, "tsconfig.json"),
      JSON.stringify({
        extends: join(repo, "tsconfig.base.json"),
        compilerOptions: {
          noEmit: true,
          types: ["node"],
          paths,
          typeRoots: [join(repo, "scripts/node_modules/@types")],
        },
        include: packages.flatMap((name) => CHECKED[name] ?? [`packages/${name}/src`]),
      }),
    );
    started = performance.now();
    const checked = spawnSync(process.execPath, [tsc, "-p", join(work, "tsconfig.json")], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    return {
      ok: checked.status === 0,
      generateMs,
      typecheckMs: performance.now() - started,
      output: (checked.stdout + checked.stderr).split("\n").slice(0, 30).join("\n"),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [spec, ...rest] = process.argv.slice(2);
  if (!spec || !existsSync(spec)) {
    console.error("usage: tsx scripts/bench/foreign-typecheck.ts <spec.json> [package...]");
    process.exit(2);
  }
  const packages = withTypes(rest.length > 0 ? rest : readdirSync(join(repo, "packages")));
  const result = checkForeignSpec(spec, packages);
  console.log(
    `${packages.join(", ")}: generated in ${Math.round(result.generateMs)} ms, type-checked in ${Math.round(result.typecheckMs)} ms: ${result.ok ? "held" : "FAILED"}`,
  );
  if (!result.ok) console.error(result.output);
  process.exitCode = result.ok ? 0 : 1;
}
