// A worker thread of `chidao extract --jobs N`: receives inputs, answers with their outcomes.
import { parentPort, workerData } from 'node:worker_threads';
import type { Input } from './inputs.js';
import { prepare, processOne, type JobOptions } from './process-one.js';

const options = workerData as JobOptions;
const ready = prepare(options.format);
parentPort!.on('message', (job: { index: number; input: Input }) => {
  void ready.then(async () => parentPort!.postMessage({ index: job.index, outcome: await processOne(job.input, options) }));
});
