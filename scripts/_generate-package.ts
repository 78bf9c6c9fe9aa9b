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
 * formatting go through one Biome process for all the packages; its time is shared out among
 * them by the size of what each sent.
 */
export async function generatePackages(
  names: string[],
  spec: OpenApiDocument,
): Promise<PackageResult[]> {
  const results: PackageResult[] = [];
  for (const name of names) {
    const entry = GENERATORS[name];
    if (!entry)
      throw new Error(`no generator for "${name}" (known: ${GENERATOR_NAMES.join(", ")})`);
    const started = performance.now();
    const output = await (await entry.load())(spec as never);
    const result = Array.isArray(output) ? { files: output, counts: {} } : output;
    results.push({ name, ...result, ms: performance.now() - started });
  }
  const unformatted = results.filter((r) => !GENERATORS[r.name]?.formatted);
  const sent = unformatted.flatMap((r) => r.files);
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
  return results;
}

/** Runs one package's generator (see generatePackages). */
export async function generatePackage(name: string, spec: OpenApiDocument): Promise<PackageResult> {
  const [result] = await generatePackages([name], spec);
  return result as PackageResult;
}
