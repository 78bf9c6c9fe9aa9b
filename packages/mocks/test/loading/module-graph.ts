import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** The preload that records what a process loads (see trace-modules.mjs). */
export const TRACER = fileURLToPath(new URL("./trace-modules.mjs", import.meta.url));

/** The built validators package, whose modules the loading tests watch. */
export const VALIDATORS_DIST = fileURLToPath(new URL("../../../validators/dist/", import.meta.url));

// Static dependencies only: ESM `import … from "./x"` / `export … from "./x"` and the top-level
// `const x = require("./x")` tsc writes for CommonJS. A lazy `() => import(…)` or
// `Promise.resolve().then(() => require(…))` is not one: it loads only when called.
const ESM = /^(?:import|export)\s(?:[^;]*?\sfrom\s*)?"(\.[^"]+)"/gms;
const CJS = /^(?:const|var|let)\s+\w+\s*=\s*(?:__import\w+\()?require\("(\.[^"]+)"\)/gm;

/** Every module `file` loads when it is loaded, itself included: its static import closure. */
export function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  if (!existsSync(file)) throw new Error(`${file} is missing: build the packages first`);
  seen.add(file);
  const source = readFileSync(file, "utf8");
  for (const pattern of [ESM, CJS]) {
    for (const match of source.matchAll(pattern)) {
      staticClosure(resolve(dirname(file), match[1] as string), seen);
    }
  }
  return seen;
}

/**
 * The validator modules among `loaded` (file URLs, as trace-modules.mjs writes them), as paths
 * inside the validators' dist/ folder (`operations/list-devices.gen.js`, `cjs/_report.js`).
 */
export function validatorModules(loaded: readonly string[]): string[] {
  const base = pathToFileURL(VALIDATORS_DIST).href;
  return loaded.filter((url) => url.startsWith(base)).map((url) => url.slice(base.length));
}

/** The generated schema and operation validators among `modules`: the bulk a start-up may not load. */
export function generatedValidators(modules: readonly string[]): string[] {
  return modules.filter((path) => /(^|\/)(operations|schemas)\/[^/]+\.gen\.js$/.test(path));
}

/**
 * The generated validator modules one operation's checks need: its module under `operations/`
 * (in the ESM build, or under `cjs/` with `build: "cjs"`) and what that module imports, as paths
 * inside the validators' dist/.
 */
export function operationClosure(operationModule: string, build: "esm" | "cjs"): Set<string> {
  const root = resolve(VALIDATORS_DIST, build === "cjs" ? "cjs" : ".");
  const closure = staticClosure(resolve(root, "operations", `${operationModule}.gen.js`));
  const prefix = build === "cjs" ? "cjs/" : "";
  return new Set(
    generatedValidators(
      [...closure].map((file) => prefix + file.slice(root.length + 1).replaceAll("\\", "/")),
    ),
  );
}
