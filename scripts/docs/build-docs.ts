import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { OpenAPI3 as OpenAPIObject } from "openapi-typescript";
import { REPO_ROOT } from "../repo-root.js";
import { runRedocly } from "../spec-diff/run-redocly.js";
import { withCodeSamples } from "./code-samples.js";
import { packagesVersion } from "./packages-version.js";
import { inlineRedoclyLogo } from "./redocly-logo.js";

/** What to build the API reference from and where to write it. */
export interface BuildDocsOptions {
  /** An OpenAPI document: the bundled JSON, or a multi-file YAML root. */
  input: string;
  /** The page; the spec it shows is written beside it as `openapi.json`. */
  output: string;
  /** The spec's `info.version`; by default the version the packages share. */
  version?: string;
}

async function bundle(input: string): Promise<OpenAPIObject> {
  const work = await mkdtemp(join(tmpdir(), "build-docs-"));
  try {
    const file = join(work, "openapi.json");
    await runRedocly(["bundle", resolve(input), "--ext", "json", "-o", file], REPO_ROOT);
    return JSON.parse(await readFile(file, "utf8"));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * Builds the HTML API reference with `redocly build-docs`, with Redoc's scripts inlined
 * (`--inlineBundle`) so the page loads nothing when it is opened. The spec it shows carries the
 * packages' version as `info.version` and, on every operation, `x-codeSamples` generated from it
 * (client call, CLI command, curl line); it is also written beside the page as `openapi.json`.
 * Fails if the page still refers to an external script or stylesheet.
 *
 * @example
 * await buildDocs({ input: "spec/dist/openapi.json", output: "docs/index.html" });
 */
export async function buildDocs({ input, output, version }: BuildDocsOptions): Promise<void> {
  if (!existsSync(input)) {
    throw new Error(`${input} does not exist: run \`pnpm --filter @zt-devices/spec bundle\` first`);
  }
  const spec = withCodeSamples(await bundle(input));
  spec.info.version = version ?? packagesVersion(REPO_ROOT);
  await mkdir(dirname(output), { recursive: true });
  const specFile = join(dirname(output), "openapi.json");
  await writeFile(specFile, `${JSON.stringify(spec, null, 2)}\n`);
  await runRedocly(
    ["build-docs", resolve(specFile), "-o", resolve(output), "--inlineBundle"],
    REPO_ROOT,
  );
  const html = inlineRedoclyLogo(await readFile(output, "utf8"));
  await writeFile(output, html);
  const external = externalResources(html);
  if (external.length > 0) {
    throw new Error(`${output} loads ${external.join(", ")} from the network`);
  }
}

/** The `src` of external scripts and `href` of external stylesheets in an HTML page. */
export function externalResources(html: string): string[] {
  const tags = html.match(/<(script|link)\b[^>]*>/gi) ?? [];
  return tags.flatMap((tag) => {
    const isStylesheet = /\brel=["']?stylesheet/i.test(tag);
    const url = tag.match(/\b(src|href)=["']?((?:https?:)?\/\/[^"'\s>]+)/i)?.[2];
    return url && (tag.toLowerCase().startsWith("<script") || isStylesheet) ? [url] : [];
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [input = resolve(REPO_ROOT, "spec/dist/openapi.json")] = process.argv.slice(2);
  const output = resolve(REPO_ROOT, "docs/index.html");
  try {
    await buildDocs({ input, output });
    process.stdout.write(`Wrote ${relative(process.cwd(), output)}\n`);
  } catch (error) {
    process.stderr.write(`docs: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
