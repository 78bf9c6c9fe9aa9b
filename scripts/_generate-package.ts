import { formatTypeScriptFiles } from "./_format.js";
import type { GeneratedFile, GeneratorResult } from "./_generated-file.js";
import type { OpenApiDocument } from "./_openapi-document.js";

/** Each generator types the document its own way (openapi-typescript's `OpenAPI3`, ours): it is data here. */
type Generator = (
  spec: never,
) => GeneratorResult | GeneratedFile[] | Promise<GeneratorResult | GeneratedFile[]>;

interface GeneratorEntry {
  load: () => Promise<Generator>;
  /**
   * Whether the generator writes its files exactly as Biome formats them, so they skip the
   * formatter (its tests hold it to that; `biome check` in CI would catch a drift too).
   */
  formatted: boolean;
}

const GENERATORS: Record<string, GeneratorEntry> = {
  types: {
    load: async () => (await import("./generators/types.js")).emitTypes,
    formatted: false,
  },
  client: {
    load: async () => (await import("./generators/client-resources.js")).emitClientResources,
    formatted: false,
  },
  validators: {
    load: async () => (await import("./generators/validators.js")).emitValidators,
    formatted: true,
  },
  mocks: {
    load: async () => (await import("./generators/mocks-handlers.js")).emitMocksHandlers,
    formatted: false,
  },
  cli: {
    load: async () => (await import("./generators/cli-commands.js")).emitCliCommands,
    formatted: false,
  },
};

/** The packages that have a generator, in the order they build. */
export const GENERATOR_NAMES = Object.keys(GENERATORS);

/** One package's generated files and counts, and how long generating them took. */
export interface PackageResult extends GeneratorResult {
  name: string;
  ms: number;
}

/**
 * Runs the generators of `names` on a bundled spec and formats what they emit, exactly as
 * `scripts/generate.ts` writes it (the benchmark times this same function). Files that need
 * formatting go through one Biome process; its time is shared out among the packages by the size
 * of what each sent. Nothing is returned if any generator fails.
 */
export async function generatePackages(
  names: string[],
  spec: OpenApiDocument,
): Promise<PackageResult[]> {
  for (const name of names) entryOf(name); // an unknown name fails before any work starts
  const results: PackageResult[] = [];
  for (const name of names) {
    const started = performance.now();
    const result = await runGenerator(name, spec);
    results.push({ name, ...result, ms: performance.now() - started });
  }
  formatResults(results);
  return results;
}

function formatResults(results: PackageResult[]): void {
  const unformatted = results.filter((r) => !GENERATORS[r.name]?.formatted);
  const sent = unformatted.flatMap((r) => r.files);
  if (sent.length === 0) return;
  const started = performance.now();
  const formatted = formatTypeScriptFiles(sent);
  const formatting = performance.now() - started;
  const size = (files: GeneratedFile[]) => files.reduce((n, f) => n + f.contents.length, 0);
  const total = Math.max(size(sent), 1);
  let at = 0;
  for (const r of unformatted) {
    r.ms += (formatting * size(r.files)) / total;
    r.files = formatted.slice(at, at + r.files.length);
    at += r.files.length;
  }
}

function entryOf(name: string): GeneratorEntry {
  const entry = GENERATORS[name];
  if (!entry) throw new Error(`no generator for "${name}" (known: ${GENERATOR_NAMES.join(", ")})`);
  return entry;
}

/** Runs one package's generator as it is, without formatting. */
async function runGenerator(name: string, spec: OpenApiDocument): Promise<GeneratorResult> {
  const output = await (await entryOf(name).load())(spec as never);
  return Array.isArray(output) ? { files: output, counts: {} } : output;
}
