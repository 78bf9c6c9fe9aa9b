import { existsSync } from "node:fs";
import { mkdir, readFile } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { REPO_ROOT } from "./_repo-root.js";
import { runRedocly } from "./spec-diff/run-redocly.js";

/** What to build the API reference from and where to write it. */
export interface BuildDocsOptions {
  /** An OpenAPI document: the bundled JSON, or a multi-file YAML root. */
  input: string;
  output: string;
}

/**
 * Builds the HTML API reference with `redocly build-docs`, with Redoc's scripts inlined
 * (`--inlineBundle`) so the page loads nothing from a CDN when it is opened. Fails if the page
 * still refers to an external script or stylesheet.
 *
 * @example
 * await buildDocs({ input: "spec/dist/openapi.json", output: "docs/index.html" });
 */
export async function buildDocs({ input, output }: BuildDocsOptions): Promise<void> {
  if (!existsSync(input)) {
    throw new Error(`${input} does not exist: run \`pnpm --filter @zt-devices/spec bundle\` first`);
  }
  await mkdir(dirname(output), { recursive: true });
  await runRedocly(
    ["build-docs", resolve(input), "-o", resolve(output), "--inlineBundle"],
    REPO_ROOT,
  );
  const external = externalResources(await readFile(output, "utf8"));
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
