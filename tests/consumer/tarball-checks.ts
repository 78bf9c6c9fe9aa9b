import { posix } from "node:path";

/** The files of an unpacked tarball: paths inside the package, `/`-separated. */
export interface PackedFiles {
  paths: Set<string>;
  read(path: string): string;
}

type Condition = string | null | { [condition: string]: Condition };

/**
 * Source-map links that lead nowhere in the tarball: a `sourceMappingURL` naming a missing map, or a
 * map whose `sources` were not shipped. Each problem names the file.
 */
export function mapProblems(files: PackedFiles): string[] {
  const problems: string[] = [];
  for (const path of files.paths) {
    const dir = posix.dirname(path);
    if (/\.(c|m)?js$|\.d\.(c|m)?ts$/.test(path)) {
      const url = files.read(path).match(/[#@] sourceMappingURL=(\S+)\s*$/)?.[1];
      if (url && !url.startsWith("data:") && !files.paths.has(posix.join(dir, url))) {
        problems.push(`${path} points at ${url}, which is not in the tarball`);
      }
    }
    if (path.endsWith(".map")) {
      const { sources = [], sourceRoot = "" } = JSON.parse(files.read(path)) as {
        sources?: string[];
        sourceRoot?: string;
      };
      for (const source of sources) {
        const target = posix.join(dir, sourceRoot, source);
        if (!files.paths.has(target))
          problems.push(`${path} names ${source}, which is not shipped`);
      }
    }
  }
  return problems;
}

/** Whether Node loads a JavaScript file of the tarball as CommonJS. */
export function isCommonJs(files: PackedFiles, path: string): boolean {
  if (path.endsWith(".cjs")) return true;
  if (path.endsWith(".mjs")) return false;
  for (let dir = posix.dirname(path); ; dir = posix.dirname(dir)) {
    const manifest = dir === "." ? "package.json" : `${dir}/package.json`;
    if (files.paths.has(manifest)) return JSON.parse(files.read(manifest)).type !== "module";
    if (dir === ".") return true;
  }
}

function target(condition: Condition | undefined, names: string[]): string | undefined {
  if (typeof condition === "string") return condition;
  if (!condition) return undefined;
  for (const [key, value] of Object.entries(condition)) {
    if (names.includes(key)) return target(value, names);
  }
  return undefined;
}

/**
 * Subpaths of `exports` that `import` but not `require()` can load without require(esm): what Node
 * before 20.19 and Jest's default mode cannot use. JSON subpaths load either way.
 */
export function cjsProblems(manifest: Record<string, unknown>, files: PackedFiles): string[] {
  const exportsMap = (manifest.exports ?? {}) as Record<string, Condition>;
  const problems: string[] = [];
  for (const [subpath, condition] of Object.entries(exportsMap)) {
    const esm = target(condition, ["import", "node", "default"]);
    if (!esm || esm.endsWith(".json")) continue;
    const cjs = target(condition, ["require", "node", "default"]);
    const path = cjs?.replace(/^\.\//, "");
    if (!path || !files.paths.has(path))
      problems.push(`${subpath}: require() finds no file (${cjs})`);
    else if (!isCommonJs(files, path)) problems.push(`${subpath}: require() finds ESM (${cjs})`);
    const types = target(condition, ["require", "types"]);
    if (types && typeof condition === "object" && !files.paths.has(types.replace(/^\.\//, ""))) {
      problems.push(`${subpath}: the types for require() are missing (${types})`);
    }
  }
  return problems;
}
