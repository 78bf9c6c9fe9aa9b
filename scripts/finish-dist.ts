/**
 * The last step of a package's build, run in the package's folder (`tsx ../../scripts/finish-dist.ts`):
 * marks `dist/cjs/` as CommonJS, writes each ESM entry's declaration file as a re-export of the one
 * declaration tree in `dist/cjs/`, and indents those declarations with tabs.
 *
 * The declarations are emitted once, beside the CommonJS build (`declarationDir`), so a package does
 * not ship them twice: ESM may import CommonJS types, the other way round it may not. `tsc` indents
 * them with four spaces, a third of the generated types' size; a tab says the same in one byte.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

type Condition = string | { [condition: string]: Condition };

/** The ESM declaration files an `exports` map names, each with the CommonJS one it stands for. */
export function esmDeclarations(exportsMap: Record<string, Condition>): [string, string][] {
  const pairs: [string, string][] = [];
  for (const target of Object.values(exportsMap)) {
    if (typeof target === "string") continue;
    const esm = typesOf(target.import);
    const cjs = typesOf(target.require);
    if (esm && cjs) pairs.push([esm, cjs]);
  }
  return pairs;
}

function typesOf(condition: Condition | undefined): string | undefined {
  return typeof condition === "object" && typeof condition.types === "string"
    ? condition.types
    : undefined;
}

/** A declaration file's leading runs of four spaces as tabs; nothing else changes. */
export function tabIndent(source: string): string {
  return source.replace(/^(?: {4})+/gm, (run) => "\t".repeat(run.length / 4));
}

function declarationFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".d.ts"))
    .map((file) => join(dir, file));
}

/**
 * Finishes `dist/` of the package in `dir`; returns the ESM declaration files it wrote. Fails, naming
 * the file, when an entry's CommonJS declaration was not emitted.
 */
export function finishDist(dir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  const cjsDir = join(dir, "dist/cjs");
  writeFileSync(join(cjsDir, "package.json"), '{ "type": "commonjs" }\n');
  for (const file of declarationFiles(cjsDir)) {
    writeFileSync(file, tabIndent(readFileSync(file, "utf8")));
  }
  const written: string[] = [];
  for (const [esm, cjs] of esmDeclarations(manifest.exports ?? {})) {
    if (!existsSync(join(dir, cjs))) throw new Error(`${cjs} was not emitted`);
    const from = relative(join(dir, esm, ".."), join(dir, cjs)).replace(/\.d\.ts$/, ".js");
    writeFileSync(join(dir, esm), `export * from "./${from}";\n`);
    written.push(esm);
  }
  return written;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    finishDist(process.cwd());
  } catch (error) {
    process.stderr.write(`finish-dist: ${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}
