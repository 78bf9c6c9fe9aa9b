import type { GeneratedFile, GeneratorResult } from "./_generated-file.js";
import type { OpenApiDocument } from "./_openapi-document.js";
import { normalizeSpec } from "./foreign/normalize-spec.js";

/** Each generator types the document its own way (openapi-typescript's `OpenAPI3`, ours): it is data here. */
type Generator = (
  spec: never,
) => GeneratorResult | GeneratedFile[] | Promise<GeneratorResult | GeneratedFile[]>;

/** Each package's generator, loaded when it is asked for. */
const GENERATORS: Record<string, () => Promise<Generator>> = {
  types: async () => (await import("./generators/types.js")).emitTypes,
  client: async () => (await import("./generators/client-resources.js")).emitClientResources,
  validators: async () => (await import("./generators/validators.js")).emitValidators,
  mocks: async () => (await import("./generators/mocks-handlers.js")).emitMocksHandlers,
  cli: async () => (await import("./generators/cli-commands.js")).emitCliCommands,
};

/** The packages that have a generator, in the order they build. */
export const GENERATOR_NAMES = Object.keys(GENERATORS);

/** One package's generated files and counts, and how long generating them took. */
export interface PackageResult extends GeneratorResult {
  name: string;
  ms: number;
}

/**
 * Runs the generators of `names` on a bundled spec, as `scripts/generate.ts` writes them (the
 * benchmark times this same function). Generated files are written as the generators make them:
 * Biome neither formats nor lints `*.gen.ts`. Nothing is returned if any generator fails. Any
 * OpenAPI 3.0 or 3.1 document is taken: `normalizeSpec` first writes it the way the generators read.
 */
export async function generatePackages(
  names: string[],
  spec: OpenApiDocument,
): Promise<PackageResult[]> {
  for (const name of names) entryOf(name); // an unknown name fails before any work starts
  const results: PackageResult[] = [];
  const normalized = normalizeSpec(spec);
  for (const name of names) {
    const started = performance.now();
    const result = await runGenerator(name, normalized);
    results.push({ name, ...result, ms: performance.now() - started });
  }
  return results;
}

function entryOf(name: string): () => Promise<Generator> {
  const load = GENERATORS[name];
  if (!load) throw new Error(`no generator for "${name}" (known: ${GENERATOR_NAMES.join(", ")})`);
  return load;
}

/** Runs one package's generator. */
async function runGenerator(name: string, spec: OpenApiDocument): Promise<GeneratorResult> {
  const output = await (await entryOf(name)())(spec as never);
  return Array.isArray(output) ? { files: output, counts: {} } : output;
}
