import { parentPort, workerData } from "node:worker_threads";
import type { WorkerReply } from "./_generate-in-worker.js";
import { runGenerator } from "./_generate-package.js";

// The worker side of generateInWorker: runs the generator named in workerData, posts the result.
const { name, spec } = workerData as { name: string; spec: never };
let reply: WorkerReply;
try {
  reply = { result: await runGenerator(name, spec) };
} catch (error) {
  reply = { error: (error as Error).message };
}
parentPort?.postMessage(reply);
