// The scaling row of `npm run bench` (issue 19: `--jobs 2` ≥ 1.8× `--jobs 1`): how much a second
// thread adds on this machine to the same work, without the pool. Each thread runs the pipeline
// (stages.mjs `runDocument`) over the same files for the same number of passes; first one thread
// alone, then `cores` threads at once. docs/s of all threads ÷ docs/s of one is the ceiling that
// `extract --jobs N` (which also passes messages and writes files) can reach here.
//   node bench/scaling.mjs DIR [FILES] [PASSES]   → one line `SCALING {…}` on standard error
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { loadPipeline, runDocument } from './stages.mjs';

const filesUnder = (dir) => readdirSync(dir, { recursive: true }).sort().map((p) => join(dir, p)).filter((p) => statSync(p).isFile());

/** One thread's inputs, read and run once (the warm-up pass). */
async function warm({ dir, files }) {
  const pipeline = await loadPipeline();
  const inputs = filesUnder(dir).slice(0, files).map((p) => ({ path: p, bytes: readFileSync(p) }));
  for (const { path, bytes } of inputs) await runDocument(pipeline, bytes, path);
  return inputs;
}

/** Seconds of `passes` passes over the inputs. */
async function timed(inputs, passes) {
  const pipeline = await loadPipeline();
  const t = performance.now();
  for (let k = 0; k < passes; k++) for (const { path, bytes } of inputs) await runDocument(pipeline, bytes, path);
  return (performance.now() - t) / 1000;
}

/** Starts `threads` workers, lets them all warm up, then times them running at once. */
async function together(dir, files, passes, threads) {
  const workers = Array.from({ length: threads }, () => new Worker(fileURLToPath(import.meta.url), { workerData: { dir, files, passes } }));
  const ready = workers.map((w) => new Promise((r) => w.once('message', r)));
  await Promise.all(ready);
  const t = performance.now();
  const done = workers.map((w) => new Promise((r) => w.once('message', r)));
  for (const w of workers) w.postMessage('go');
  await Promise.all(done);
  const seconds = (performance.now() - t) / 1000;
  await Promise.all(workers.map((w) => w.terminate()));
  return seconds;
}

if (!isMainThread) {
  const inputs = await warm(workerData);
  parentPort.postMessage('ready');
  parentPort.once('message', async () => parentPort.postMessage(await timed(inputs, workerData.passes)));
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir, files = '300', passes = '2'] = process.argv.slice(2);
  const cores = cpus().length;
  const one = await together(dir, Number(files), Number(passes), 1);
  const all = await together(dir, Number(files), Number(passes), cores);
  const docs = Number(files) * Number(passes);
  const result = { threads: cores, oneDocsPerSec: +(docs / one).toFixed(0), allDocsPerSec: +((cores * docs) / all).toFixed(0), ratio: +((cores * one) / all).toFixed(2) };
  process.stderr.write(`SCALING ${JSON.stringify(result)}\n`);
}

/** Runs the measure in a child process. */
export function measureScaling(dir, files = 300, passes = 2) {
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), dir, String(files), String(passes)], { encoding: 'utf8' });
  const line = r.stderr.split('\n').find((l) => l.startsWith('SCALING '));
  if (!line) throw new Error(`bench scaling failed: ${r.stderr.slice(-500)}`);
  return JSON.parse(line.slice(8));
}
