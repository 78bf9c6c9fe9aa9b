import { Worker } from "node:worker_threads";
import type { GeneratorResult } from "./_generated-file.js";
import type { OpenApiDocument } from "./_openapi-document.js";

/** What the worker posts back: the generator's result, or why it failed. */
export type WorkerReply = { result: GeneratorResult } | { error: string };

// Node 20 does not hand the parent's module hooks to a worker: it registers tsx itself (a no-op
// for plain JavaScript) before loading the module that runs the generator.
const bootstrap = (entry: string) => `
(async () => {
  const { register } = await import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))});
  register();
  await import(${JSON.stringify(entry)});
})().catch((error) => {
  require("node:worker_threads").parentPort.postMessage({ error: String(error?.message ?? error) });
});
`;

/**
 * Runs one package's generator in a worker thread, so that it works beside the ones in the main
 * thread. `spec` is copied to the worker.
 */
export function generateInWorker(name: string, spec: OpenApiDocument): Promise<GeneratorResult> {
  const entry = new URL("./_generate-worker.ts", import.meta.url).href;
  return new Promise((resolve, reject) => {
    const worker = new Worker(bootstrap(entry), { eval: true, workerData: { name, spec } });
    worker.once("message", (reply: WorkerReply) => {
      void worker.terminate();
      if ("error" in reply) reject(new Error(reply.error));
      else resolve(reply.result);
    });
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (code !== 0) reject(new Error(`the ${name} generator's worker stopped with code ${code}`));
    });
  });
}
