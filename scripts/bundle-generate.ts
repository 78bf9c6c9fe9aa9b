/**
 * Bundles `generate.ts` and the generators into plain JavaScript in `scripts/dist/` (`pnpm build`
 * does it first), which the packages' `generate` scripts run with `node`: loading the TypeScript
 * through tsx on every run cost more than half a second, a third of generating every package.
 *
 *   tsx scripts/bundle-generate.ts [outdir]
 */
import { rmSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

/** Writes the bundle (`generate.js` and the generators, each loaded on demand) to `outdir`. */
export async function bundleGenerate(outdir: string): Promise<void> {
  rmSync(outdir, { recursive: true, force: true });
  await build({
    entryPoints: [join(import.meta.dirname, "generate.ts")],
    outdir,
    bundle: true,
    splitting: true,
    platform: "node",
    format: "esm",
    target: "node20",
    // Dependencies stay imports, resolved from scripts/node_modules as the sources resolve them.
    packages: "external",
    chunkNames: "chunks/[name]-[hash]",
    logLevel: "warning",
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const outdir = resolve(process.argv[2] ?? join(import.meta.dirname, "dist"));
  try {
    await bundleGenerate(outdir);
    process.stdout.write(`bundled scripts/generate.ts into ${relative(process.cwd(), outdir)}\n`);
  } catch (error) {
    process.stderr.write(`bundle: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
