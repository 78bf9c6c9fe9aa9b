import { formatTypeScriptFilesAsync } from "./_format.js";
import type { GeneratedFile, GeneratorResult } from "./_generated-file.js";
import type { OpenApiDocument } from "./_openapi-document.js";

/** Each generator types the document its own way (openapi-typescript's `OpenAPI3`, ours): it is data here. */
type Generator = (
  spec: never,
) => GeneratorResult | GeneratedFile[] | Promise<GeneratorResult | GeneratedFile[]>;

interface GeneratorEntry {
  load: () => Promise<Generator>;
  /**
   * Whether the generator's files skip Biome: the validators' are written as Biome formats them (a
   * test and `biome check` hold them to that), the types' are left as openapi-typescript prints
   * them (biome.json does not format them).
   */
  formatted: boolean;
}

const GENERATORS: Record<string, GeneratorEntry> = {
  types: {
    load: async () => (await import("./generators/types.js")).emitTypes,
    formatted: true,
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
 * `scripts/generate.ts` writes it (the benchmark times this same function). The generators whose
 * files need formatting run first, and one Biome process formats them while the others (the types,
 * which is most of the work) run here; Biome's time is shared out among the packages it formatted,
 * by the size of what each sent. Nothing is returned if any generator fails.
 */
export async function generatePackages(
  names: string[],
  spec: OpenApiDocument,
): Promise<PackageResult[]> {
  for (const name of names) entryOf(name); // an unknown name fails before any work starts
  const run = async (name: string): Promise<PackageResult> => {
    const started = performance.now();
    const result = await runGenerator(name, spec);
    return { name, ...result, ms: performance.now() - started };
  };
  const unformatted: PackageResult[] = [];
  for (const name of names.filter((n) => !entryOf(n).formatted)) unformatted.push(await run(name));
  const formatting = formatResults(unformatted);
  // Handled now so that a failure below does not leave Biome's rejection unhandled.
  formatting.catch(() => {});
  const formatted: PackageResult[] = [];
  for (const name of names.filter((n) => entryOf(n).formatted)) formatted.push(await run(name));
  await formatting;
  const all = [...unformatted, ...formatted];
  return names.map((name) => all.find((r) => r.name === name) as PackageResult);
}

async function formatResults(results: PackageResult[]): Promise<void> {
  const sent = results.flatMap((r) => r.files);
  if (sent.length === 0) return;
  const started = performance.now();
  const formatted = await formatTypeScriptFilesAsync(sent);
  const formatting = performance.now() - started;
  const size = (files: GeneratedFile[]) => files.reduce((n, f) => n + f.contents.length, 0);
  const total = Math.max(size(sent), 1);
  let at = 0;
  for (const r of results) {
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
