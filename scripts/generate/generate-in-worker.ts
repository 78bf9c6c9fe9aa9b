import { readFileSync } from "node:fs";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { generatePackages, type PackageResult } from "./generate-packages.js";

/** What the main thread hands a worker: which generators to run, on which bundled spec file. */
interface Job {
  generate: { names: string[]; spec: string };
}

/** What a worker posts back: the results, or why it failed. */
type Reply = { results: PackageResult[] } | { error: string };

/** Whether this thread is a worker that `generateInWorker` started. */
export function isGenerateWorker(): boolean {
  return !isMainThread && (workerData as Partial<Job> | null)?.generate !== undefined;
}

/**
 * Runs the generators of `names` in a worker thread that loads `entry` (the module that called
 * this, which answers with `answerInWorker`), reading the spec from its file there.
 */
export function generateInWorker(
  entry: URL,
  names: string[],
  spec: string,
): Promise<PackageResult[]> {
  return new Promise((resolve, reject) => {
    const job: Job = { generate: { names, spec } };
    const worker = entry.pathname.endsWith(".ts")
      ? new Worker(typeScriptBootstrap(entry), { eval: true, workerData: job })
      : new Worker(entry, { workerData: job });
    worker.once("message", (reply: Reply) => {
      void worker.terminate();
      if ("error" in reply) reject(new Error(reply.error));
      else resolve(reply.results);
    });
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (code !== 0)
        reject(new Error(`the worker for ${names.join(", ")} stopped with code ${code}`));
    });
  });
}

// Run from the sources (through tsx), the entry is TypeScript: Node 20 does not hand the parent's
// module hooks to a worker, so the worker registers tsx itself before loading it.
function typeScriptBootstrap(entry: URL): string {
  const tsx = JSON.stringify(import.meta.resolve("tsx/esm/api"));
  return `import(${tsx}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`;
}

/** The worker side of generateInWorker. */
export async function answerInWorker(): Promise<void> {
  const { names, spec } = (workerData as Job).generate;
  let reply: Reply;
  try {
    reply = { results: await generatePackages(names, JSON.parse(readFileSync(spec, "utf8"))) };
  } catch (error) {
    reply = { error: (error as Error).message };
  }
  parentPort?.postMessage(reply);
}
