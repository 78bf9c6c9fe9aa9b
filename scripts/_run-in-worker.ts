import { parentPort, Worker, workerData } from "node:worker_threads";

/** What a worker posts back: its result, or why it failed. */
type WorkerReply<T> = { result: T } | { error: string };

// Node 20 does not hand the parent's module hooks to a worker: it registers tsx itself (a no-op
// for plain JavaScript) before loading the module that does the work.
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
 * Runs the module `entry` in a worker thread with `data` (copied), and resolves to what it posts
 * with `answerInWorker`. `what` names the work in errors.
 */
export function runInWorker<T>(entry: URL, data: unknown, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(bootstrap(entry.href), { eval: true, workerData: data });
    worker.once("message", (reply: WorkerReply<T>) => {
      void worker.terminate();
      if ("error" in reply) reject(new Error(reply.error));
      else resolve(reply.result);
    });
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (code !== 0) reject(new Error(`the worker for ${what} stopped with code ${code}`));
    });
  });
}

/** The worker side of runInWorker: calls `work` with the worker's data and posts the outcome. */
export async function answerInWorker<T>(work: (data: never) => T | Promise<T>): Promise<void> {
  let reply: WorkerReply<T>;
  try {
    reply = { result: await work(workerData as never) };
  } catch (error) {
    reply = { error: (error as Error).message };
  }
  parentPort?.postMessage(reply);
}
