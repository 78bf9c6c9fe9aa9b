import { type Dirent, readdirSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import type { GeneratedFile } from "./generated-file.js";

/**
 * The `*.gen.ts` files under `root` that a generator no longer writes: those in a folder that holds
 * its generated `*.gen.ts` files (or in a folder below one) which are not among `files`. Paths are
 * relative to `root`, sorted, with `/` separators as the generators write them.
 */
export function leftoverFiles(root: string, files: readonly GeneratedFile[]): string[] {
  const wanted = new Set(files.map((f) => f.path));
  const folders = new Set(
    files.filter((f) => f.path.endsWith(".gen.ts")).map((f) => dirname(f.path)),
  );
  const found = new Set<string>();
  for (const folder of folders) {
    for (const path of genFilesUnder(join(root, folder))) {
      const shown = relative(root, path).split("\\").join("/");
      if (!wanted.has(shown)) found.add(shown);
    }
  }
  return [...found].sort();
}

function genFilesUnder(folder: string): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return []; // not written yet: nothing can be left over in it
  }
  return entries.flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isFile() && entry.name.endsWith(".gen.ts")) return [path];
    if (entry.isDirectory() && entry.name !== "node_modules") return genFilesUnder(path);
    return [];
  });
}
