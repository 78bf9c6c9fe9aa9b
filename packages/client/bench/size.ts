/**
 * Size of programs using @zt-devices/client, bundled the way an app ships them: esbuild, ESM,
 * minified, from the package's published `dist/` (not its source), then gzipped.
 */
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

/** Most bytes (min+gzip) the list-posture program may take. */
export const SIZE_BUDGET = 5000;

const dist = (file: string) => fileURLToPath(new URL(`../dist/${file}`, import.meta.url));

/** A program that lists posture rules: the smallest useful client program. */
export const LIST_POSTURE_RULES = `
import { createClient } from "@zt-devices/client";
const zt = createClient();
for (const rule of await zt.posture.list()) console.log(rule.name);
`;

/** Bytes of `program` bundled against `dist/` with esbuild (minified, browser, ESM), gzipped. */
export async function gzippedSize(program: string): Promise<number> {
  const result = await build({
    stdin: { contents: program, resolveDir: import.meta.dirname, loader: "ts" },
    alias: {
      "@zt-devices/client/validation": dist("validation.js"),
      "@zt-devices/client": dist("index.js"),
    },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  const [file] = result.outputFiles;
  return gzipSync(file?.contents ?? new Uint8Array()).length;
}
