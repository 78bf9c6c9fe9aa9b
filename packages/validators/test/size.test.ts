import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { POSTURE_RULE_GUARD_GZIP_LIMIT } from "./_size-limit.js";

const src = join(import.meta.dirname, "../src");

/** Bundles `code` as an application importing the package would, minified, and measures it. */
async function bundle(code: string) {
  const result = await build({
    stdin: { contents: code, resolveDir: src, loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    write: false,
  });
  const text = result.outputFiles[0]?.text ?? "";
  return { text, gzip: gzipSync(text, { level: 9 }).length };
}

describe("bundle size", () => {
  // One function per schema answers both "is it valid" and "what is wrong", so a guard carries the
  // issues of its schema too, their messages written out (this one has 23 variants).
  it(`keeps the posture rule guard under ${POSTURE_RULE_GUARD_GZIP_LIMIT} bytes (minified, gzip)`, async () => {
    const { gzip } = await bundle('export { isDevicePostureRule } from "./index.js";');
    console.info(`isDevicePostureRule: ${gzip} bytes gzip`);
    expect(gzip).toBeLessThan(POSTURE_RULE_GUARD_GZIP_LIMIT);
  });

  it("pulls only what a guard references: its schema's checks and issues, no error class, no second pass, no other schema, no operations", async () => {
    const { text } = await bundle('export { isFileInput } from "./index.js";');
    expect(/ValidationError|value is invalid|posture|import\(/.test(text)).toBe(false);
    expect(text.includes("must be one of windows, linux, mac")).toBe(true);
    const posture = await bundle('export { isDevicePostureRule } from "./index.js";');
    expect(/ValidationError|value is invalid|import\(/.test(posture.text)).toBe(false);
  });

  it("loads operation validators lazily: validateRequest splits them into one chunk each", async () => {
    const result = await build({
      stdin: {
        contents: 'export { validateRequest } from "./index.js";',
        resolveDir: src,
        loader: "ts",
      },
      bundle: true,
      minify: true,
      splitting: true,
      format: "esm",
      outdir: "out",
      write: false,
    });
    const entry = result.outputFiles.find((file) => file.path.endsWith("stdin.js"));
    expect(result.outputFiles.length).toBeGreaterThan(60);
    // The entry's own code: esbuild adds a bare `import"./chunk-….js";` for each chunk of the guards
    // the main entry re-exports, a number that moves with how the schema modules fall into chunks.
    const code = entry?.text.replace(/import"\.\/chunk-\w+\.js";/g, "") ?? "";
    expect(code.length).toBeLessThan(7 * 1024);
    expect(entry?.text.includes("validate_listDevices")).toBe(false);
  });

  it("keeps every schema out of the operations entry until an operation is validated", async () => {
    const result = await build({
      entryPoints: [join(src, "operations.ts")],
      bundle: true,
      splitting: true,
      format: "esm",
      outdir: "out",
      write: false,
      metafile: true,
    });
    const entry = Object.entries(result.metafile.outputs).find(([path]) =>
      path.endsWith("operations.js"),
    );
    const inputs = Object.keys(entry?.[1].inputs ?? {});
    expect(inputs.some((path) => path.includes("validate-request"))).toBe(true);
    expect(inputs.filter((path) => /\/(schemas|operations)\//.test(path))).toEqual([]);
  });

  it("generates no code at run time", async () => {
    const { text } = await bundle('export * from "./index.js";');
    expect(/new Function|\beval\(|require\(/.test(text)).toBe(false);
  });
});
