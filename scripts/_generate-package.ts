import { formatTypeScriptFiles } from "./_format.js";
import type { GeneratedFile, GeneratorResult } from "./_generated-file.js";
import type { OpenApiDocument } from "./_openapi-document.js";

/** Each generator types the document its own way (openapi-typescript's `OpenAPI3`, ours): it is data here. */
type Generator = (
  spec: never,
) => GeneratorResult | GeneratedFile[] | Promise<GeneratorResult | GeneratedFile[]>;

const GENERATORS: Record<string, () => Promise<Generator>> = {
  types: async () => (await import("./generators/types.js")).emitTypes,
  client: async () => (await import("./generators/client-resources.js")).emitClientResources,
  validators: async () => (await import("./generators/validators.js")).emitValidators,
  mocks: async () => (await import("./generators/mocks-handlers.js")).emitMocksHandlers,
  cli: async () => (await import("./generators/cli-commands.js")).emitCliCommands,
};

/** The packages that have a generator, in the order they build. */
export const GENERATOR_NAMES = Object.keys(GENERATORS);

/**
 * Runs one package's generator on a bundled spec and formats what it emits, exactly as
 * `scripts/generate.ts` writes it (the benchmark times this same function).
 */
export async function generatePackage(
  name: string,
  spec: OpenApiDocument,
): Promise<GeneratorResult> {
  const load = GENERATORS[name];
  if (!load) throw new Error(`no generator for "${name}" (known: ${GENERATOR_NAMES.join(", ")})`);
  const output = await (await load())(spec as never);
  const result = Array.isArray(output) ? { files: output, counts: {} } : output;
  return { counts: result.counts, files: formatTypeScriptFiles(result.files) };
}
