import { answerInWorker } from "../_run-in-worker.js";
import { compileVariant, type VariantJob } from "./validators.js";

// The worker side of the validators generator's parallel form: one Ajv compilation, split.
await answerInWorker((job: VariantJob) => compileVariant(job));
