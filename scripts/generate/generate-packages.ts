import type { OpenApiDocument } from "../model/document.js";
import type { Model } from "../model/model.js";
import { readModel } from "../model/read-model.js";
import type { GeneratedFile, GeneratorResult } from "./generated-file.js";

/** A generator: it reads the model and nothing else. */
type Generator = (
  model: Model,
) => GeneratorResult | GeneratedFile[] | Promise<GeneratorResult | GeneratedFile[]>;

/** Each package's generator, loaded when it is asked for. */
const GENERATORS: Record<string, () => Promise<Generator>> = {
  types: async () => (await import("../generators/types/emit-types.js")).emitTypes,
  client: async () =>
    (await import("../generators/client/emit-client-resources.js")).emitClientResources,
  validators: async () =>
    (await import("../generators/validators/emit-validators.js")).emitValidators,
  mocks: async () => (await import("../generators/mocks/emit-mocks-handlers.js")).emitMocksHandlers,
  cli: async () => (await import("../generators/cli/emit-cli-commands.js")).emitCliCommands,
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
 * OpenAPI 3.0 or 3.1 document is taken: it is read once into the model (`readModel`), which every
 * generator consumes.
 */
export async function generatePackages(
  names: string[],
  spec: OpenApiDocument,
): Promise<PackageResult[]> {
  for (const name of names) entryOf(name); // an unknown name fails before any work starts
  const results: PackageResult[] = [];
  const model = readModel(spec);
  for (const name of names) {
    const started = performance.now();
    const result = await runGenerator(name, model);
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
async function runGenerator(name: string, model: Model): Promise<GeneratorResult> {
  const output = await (await entryOf(name)())(model);
  return Array.isArray(output) ? { files: output, counts: {} } : output;
}
