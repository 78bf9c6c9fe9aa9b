import { existsSync, readFileSync, realpathSync } from "node:fs";
import { dirname, join } from "node:path";

const NAME = "@zt-devices/mocks";

/**
 * The version in this package's package.json, found upward from `script` (the running file), so
 * the same code answers from `src/`, `dist/` and `dist/cjs/` alike, where `import.meta` and
 * `__dirname` each exist in only one of the builds.
 */
export function packageVersion(script: string): string {
  let dir = dirname(realpathSync(script));
  for (;;) {
    const file = join(dir, "package.json");
    if (existsSync(file)) {
      const manifest = JSON.parse(readFileSync(file, "utf8")) as {
        name?: string;
        version?: string;
      };
      if (manifest.name === NAME && typeof manifest.version === "string") return manifest.version;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json of ${NAME} above ${script}`);
    dir = parent;
  }
}
