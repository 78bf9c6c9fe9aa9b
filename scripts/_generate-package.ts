import { formatTypeScriptFiles } from "./_format.js";
import type { GeneratedFile, GeneratorResult } from "./_generated-file.js";
import type { OpenApiDocument } from "./_openapi-document.js";
import { runInWorker } from "./_run-in-worker.js";

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
  /** The same generator handing its heaviest work to worker threads (same output). */
  loadParallel?: () => Promise<Generator>;
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
    loadParallel: async () => {
      const { emitValidatorsWith } = await import("./generators/validators.js");
      const entry = new URL("./generators/validators-variant-worker.ts", import.meta.url);
      return (spec: never) =>
        emitValidatorsWith(
          (job) => runInWorker(entry, job, `the validators' ${job.prefix} variant`),
          spec,
        );
    },
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
 * `scripts/generate.ts` writes it (the benchmark times this same function). The heaviest work (the
 * validators' two Ajv compilations) runs in worker threads beside the rest, unless `workers` is
 * false.
 * Files that need formatting go through one Biome process per batch, while the workers go on;
 * its time is shared out among the packages by the size of what each sent.
 */
export async function generatePackages(
  names: string[],
  spec: OpenApiDocument,
  { workers = true }: { workers?: boolean } = {},
): Promise<PackageResult[]> {
  for (const name of names) entryOf(name); // an unknown name fails before any work starts
  const timed = async (name: string, run: () => Promise<GeneratorResult>) => {
    const started = performance.now();
    const result = await run();
    return { name, ...result, ms: performance.now() - started };
  };
  // Generators with a parallel form start first, so their workers run beside the others here.
  const parallel = workers ? names.filter((n) => GENERATORS[n]?.loadParallel) : [];
  const elsewhere = parallel.map((name) => timed(name, () => runGenerator(name, spec, true)));
  // Handled now so that a failure in this thread does not leave a worker's rejection unhandled.
  for (const pending of elsewhere) pending.catch(() => {});
  const here: PackageResult[] = [];
  for (const name of names.filter((n) => !parallel.includes(n)))
    here.push(await timed(name, () => runGenerator(name, spec)));
  formatResults(here);
  const there = await Promise.all(elsewhere);
  formatResults(there);
  const all = [...here, ...there];
  return names.map((name) => all.find((r) => r.name === name) as PackageResult);
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

/** Runs one package's generator as it is, without formatting; `parallel` picks its parallel form. */
async function runGenerator(
  name: string,
  spec: OpenApiDocument,
  parallel = false,
): Promise<GeneratorResult> {
  const entry = entryOf(name);
  const load = (parallel && entry.loadParallel) || entry.load;
  const output = await (await load())(spec as never);
  return Array.isArray(output) ? { files: output, counts: {} } : output;
}
